#include "app/domain/voice/VoiceLexiconValidator.h"

#include "app/domain/DomainTerms.h"
#include "app/domain/voice/VoiceKind.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

namespace bd {

QString VoiceLexiconProblem::toString() const
{
    return QStringLiteral("%1: %2").arg(path, message);
}

namespace {

using V = VoiceLexiconValidator;

class Checker
{
public:
    QList<VoiceLexiconProblem> problems;

    void problem(const QString &path, const QString &message)
    {
        problems.append({ path, message });
    }

    void checkLexicon(const QJsonObject &root)
    {
        if (root.value(QLatin1String("format")).toString()
            != QLatin1String("branchdesk-voice-lexicon"))
            problem(QStringLiteral("$.format"),
                    VoiceLexiconValidator::tr("must be \"branchdesk-voice-lexicon\""));
        if (root.value(QLatin1String("version")).toInt() != 1)
            problem(QStringLiteral("$.version"),
                    VoiceLexiconValidator::tr("must be 1 (the only version this build reads)"));
        checkName(root.value(QLatin1String("name")), QStringLiteral("$.name"));
        checkCues(root.value(QLatin1String("cues")));
        checkFamilies(root.value(QLatin1String("families")));
        checkLabels(root.value(QLatin1String("labels")));
        checkMisspellings(root.value(QLatin1String("misspellings")));
    }

private:
    QSet<QString> m_lists; // cue lists by name
    QSet<QString> m_families; // family codes
    QList<std::pair<QString, QString>> m_yieldTargets; // (path, label key) of "yields_to"

    void checkName(const QJsonValue &value, const QString &path)
    {
        if (!value.isObject()) {
            problem(path, VoiceLexiconValidator::tr("a name needs \"zh\" and \"en\""));
            return;
        }
        for (const char *language : { "zh", "en" }) {
            const QJsonValue text = value.toObject().value(QLatin1String(language));
            if (!text.isString() || text.toString().trimmed().isEmpty())
                problem(path + QLatin1Char('.') + QLatin1String(language),
                        VoiceLexiconValidator::tr("the text is missing or empty"));
        }
    }

    // A list of phrases; `references` allows "@name" and "!@name" entries (checked against
    // the lists).
    // `anchors`: an item may begin with "^" (only where a sentence begins).
    void checkPhrases(const QJsonValue &value, const QString &path, bool required, bool references,
                      bool anchors = false)
    {
        if (value.isUndefined() && !required)
            return;
        if (!value.isArray()) {
            problem(path, VoiceLexiconValidator::tr("must be a list of phrases"));
            return;
        }
        const QJsonArray array = value.toArray();
        if (array.isEmpty() && required)
            problem(path, VoiceLexiconValidator::tr("the list is empty"));
        QSet<QString> seen;
        for (int i = 0; i < array.size(); ++i) {
            const QString itemPath = QStringLiteral("%1[%2]").arg(path).arg(i);
            if (!array.at(i).isString()) {
                problem(itemPath, VoiceLexiconValidator::tr("must be a text"));
                continue;
            }
            const QString text = array.at(i).toString();
            if (text.startsWith(QLatin1Char('@')) || text.startsWith(QLatin1String("!@"))) {
                if (!references)
                    problem(itemPath,
                            VoiceLexiconValidator::tr("a reference (%1) is not allowed here")
                                    .arg(text));
                else
                    checkReference(text, itemPath);
                continue;
            }
            checkPhrase(anchors && text.startsWith(QLatin1Char('^')) ? text.mid(1) : text,
                        itemPath);
            if (seen.contains(text))
                problem(itemPath, VoiceLexiconValidator::tr("\"%1\" is listed twice").arg(text));
            seen.insert(text);
        }
    }

    void checkPhrase(const QString &text, const QString &path)
    {
        if (text.trimmed().isEmpty()) {
            problem(path, VoiceLexiconValidator::tr("the phrase is empty"));
            return;
        }
        if (text.size() > V::kMaxPhraseLength)
            problem(path,
                    VoiceLexiconValidator::tr("the phrase is longer than %1 characters")
                            .arg(V::kMaxPhraseLength));
        for (QChar c : text) {
            if (c.category() == QChar::Other_Control || c.isSurrogate()) {
                problem(path,
                        VoiceLexiconValidator::tr(
                                "the phrase holds a control character or a character "
                                "outside the basic plane"));
                break;
            }
        }
    }

    void checkReference(const QString &text, const QString &path)
    {
        // "!@name": the list's words negated (VoiceAnalyser); any list may be negated.
        const QString name = text.mid(text.startsWith(QLatin1Char('!')) ? 2 : 1);
        if (name == QLatin1String("date") || name == QLatin1String("product")
            || name == QLatin1String("duration") || name == QLatin1String("amount"))
            return;
        if (name.startsWith(QLatin1String("family."))) {
            if (!m_families.contains(name.mid(7)))
                problem(path,
                        VoiceLexiconValidator::tr("unknown product family \"%1\"")
                                .arg(name.mid(7)));
            return;
        }
        if (!m_lists.contains(name))
            problem(path,
                    VoiceLexiconValidator::tr("unknown cue list \"%1\" (define it under $.cues)")
                            .arg(name));
    }

    void checkCues(const QJsonValue &value)
    {
        if (!value.isObject()) {
            problem(QStringLiteral("$.cues"),
                    VoiceLexiconValidator::tr("the cue lists are missing"));
            return;
        }
        const QJsonObject cues = value.toObject();
        static const QRegularExpression listName(QStringLiteral("^[a-z][a-z0-9_]*$"));
        for (auto it = cues.begin(); it != cues.end(); ++it) {
            if (!listName.match(it.key()).hasMatch())
                problem(QStringLiteral("$.cues.%1").arg(it.key()),
                        VoiceLexiconValidator::tr(
                                "a list name is lower-case letters, digits and _"));
            m_lists.insert(it.key());
        }
        for (const char *required : { "negation", "hedge" }) {
            if (!cues.contains(QLatin1String(required)))
                problem(QStringLiteral("$.cues"),
                        VoiceLexiconValidator::tr("the list \"%1\" is missing")
                                .arg(QLatin1String(required)));
        }
        for (auto it = cues.begin(); it != cues.end(); ++it)
            checkPhrases(it.value(), QStringLiteral("$.cues.%1").arg(it.key()), false, false);
    }

    void checkFamilies(const QJsonValue &value)
    {
        if (value.isUndefined())
            return;
        if (!value.isArray()) {
            problem(QStringLiteral("$.families"),
                    VoiceLexiconValidator::tr("must be a list of product families"));
            return;
        }
        const QStringList known = DomainTerms::codes(Vocabulary::ProductFamily);
        const QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i) {
            const QString path = QStringLiteral("$.families[%1]").arg(i);
            const QJsonObject family = array.at(i).toObject();
            const QString code = family.value(QLatin1String("code")).toString();
            if (!known.contains(code))
                problem(path + QStringLiteral(".code"),
                        VoiceLexiconValidator::tr(
                                "unknown product family \"%1\" (expected one of %2)")
                                .arg(code, known.join(QStringLiteral(", "))));
            else if (m_families.contains(code))
                problem(path + QStringLiteral(".code"),
                        VoiceLexiconValidator::tr("duplicate family \"%1\"").arg(code));
            m_families.insert(code);
            checkPhrases(family.value(QLatin1String("terms")), path + QStringLiteral(".terms"),
                         true, false);
        }
    }

    void checkLabels(const QJsonValue &value)
    {
        if (!value.isArray() || value.toArray().isEmpty()) {
            problem(QStringLiteral("$.labels"),
                    VoiceLexiconValidator::tr("the labels are missing"));
            return;
        }
        static const QRegularExpression code(QStringLiteral("^[a-z][a-z0-9_]*$"));
        QSet<QString> keys;
        const QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i) {
            const QString path = QStringLiteral("$.labels[%1]").arg(i);
            if (!array.at(i).isObject()) {
                problem(path, VoiceLexiconValidator::tr("a label must be an object"));
                continue;
            }
            const QJsonObject label = array.at(i).toObject();
            const QString kind = label.value(QLatin1String("kind")).toString();
            if (!VoiceKinds::fromCode(kind))
                problem(path + QStringLiteral(".kind"),
                        VoiceLexiconValidator::tr("unknown kind \"%1\" (expected one of %2)")
                                .arg(kind, VoiceKinds::codes().join(QStringLiteral(", "))));
            const QString labelCode = label.value(QLatin1String("code")).toString();
            if (!code.match(labelCode).hasMatch())
                problem(path + QStringLiteral(".code"),
                        VoiceLexiconValidator::tr("a code is lower-case letters, digits and _"));
            else if (keys.contains(kind + QLatin1Char('.') + labelCode))
                problem(path + QStringLiteral(".code"),
                        VoiceLexiconValidator::tr("duplicate label \"%1.%2\"")
                                .arg(kind, labelCode));
            keys.insert(kind + QLatin1Char('.') + labelCode);
            checkName(label.value(QLatin1String("name")), path + QStringLiteral(".name"));
            const QString family = label.value(QLatin1String("family")).toString();
            if (!family.isEmpty() && !m_families.contains(family))
                problem(path + QStringLiteral(".family"),
                        VoiceLexiconValidator::tr("unknown product family \"%1\"").arg(family));
            const QJsonValue negatable = label.value(QLatin1String("negatable"));
            if (!negatable.isUndefined() && !negatable.isBool())
                problem(path + QStringLiteral(".negatable"),
                        VoiceLexiconValidator::tr("must be true or false"));
            // A phrase may name a list ("!@free": any negated word of it is the label).
            checkPhrases(label.value(QLatin1String("phrases")), path + QStringLiteral(".phrases"),
                         false, true);
            checkPhrases(label.value(QLatin1String("exclude")), path + QStringLiteral(".exclude"),
                         false, false, true);
            checkPhrases(label.value(QLatin1String("negated_by")),
                         path + QStringLiteral(".negated_by"), false, false);
            checkPhrases(label.value(QLatin1String("negated_after")),
                         path + QStringLiteral(".negated_after"), false, false);
            checkPairs(label.value(QLatin1String("pairs")), path + QStringLiteral(".pairs"));
            checkYields(label.value(QLatin1String("yields_to")), path + QStringLiteral(".yields_to"));
            if (label.value(QLatin1String("phrases")).toArray().isEmpty()
                && label.value(QLatin1String("pairs")).toArray().isEmpty())
                problem(path, VoiceLexiconValidator::tr("a label needs phrases or pairs"));
        }
        checkYieldTargets(keys);
    }

    // "yields_to": {"labels": ["follow_up.call_back"], "unless": [...]}; the labels are
    // checked once every label is known (checkYieldTargets).
    void checkYields(const QJsonValue &value, const QString &path)
    {
        if (value.isUndefined())
            return;
        if (!value.isObject()) {
            problem(path, VoiceLexiconValidator::tr("must be an object with labels and unless"));
            return;
        }
        const QJsonObject yields = value.toObject();
        const QJsonValue labels = yields.value(QLatin1String("labels"));
        if (!labels.isArray() || labels.toArray().isEmpty()) {
            problem(path + QStringLiteral(".labels"),
                    VoiceLexiconValidator::tr("must be a list of labels (kind.code)"));
            return;
        }
        const QJsonArray array = labels.toArray();
        for (int i = 0; i < array.size(); ++i)
            m_yieldTargets.append({QStringLiteral("%1.labels[%2]").arg(path).arg(i),
                                   array.at(i).toString()});
        checkPhrases(yields.value(QLatin1String("unless")), path + QStringLiteral(".unless"),
                     false, true);
    }

    void checkYieldTargets(const QSet<QString> &keys)
    {
        for (const auto &[path, key] : std::as_const(m_yieldTargets))
            if (!keys.contains(key))
                problem(path, VoiceLexiconValidator::tr("unknown label \"%1\"").arg(key));
    }

    void checkPairs(const QJsonValue &value, const QString &path)
    {
        if (value.isUndefined())
            return;
        if (!value.isArray()) {
            problem(path, VoiceLexiconValidator::tr("must be a list of pairs"));
            return;
        }
        const QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i) {
            const QString pairPath = QStringLiteral("%1[%2]").arg(path).arg(i);
            const QJsonObject pair = array.at(i).toObject();
            checkPhrases(pair.value(QLatin1String("first")), pairPath + QStringLiteral(".first"),
                         true, true);
            checkPhrases(pair.value(QLatin1String("then")), pairPath + QStringLiteral(".then"),
                         true, true);
            const QJsonValue gap = pair.value(QLatin1String("gap"));
            if (!gap.isUndefined()
                && (!gap.isDouble() || gap.toDouble() != double(gap.toInt()) || gap.toInt() < 0
                    || gap.toInt() > V::kMaxGap))
                problem(pairPath + QStringLiteral(".gap"),
                        VoiceLexiconValidator::tr("the gap is a whole number from 0 to %1")
                                .arg(V::kMaxGap));
            const QJsonValue scope = pair.value(QLatin1String("scope"));
            if (!scope.isUndefined() && scope != QLatin1String("phrase")
                && scope != QLatin1String("sentence"))
                problem(pairPath + QStringLiteral(".scope"),
                        VoiceLexiconValidator::tr("the scope is \"phrase\" or \"sentence\""));
            const QJsonValue anyOrder = pair.value(QLatin1String("any_order"));
            if (!anyOrder.isUndefined() && !anyOrder.isBool())
                problem(pairPath + QStringLiteral(".any_order"),
                        VoiceLexiconValidator::tr("must be true or false"));
        }
    }

    void checkMisspellings(const QJsonValue &value)
    {
        if (value.isUndefined())
            return;
        if (!value.isArray()) {
            problem(QStringLiteral("$.misspellings"), VoiceLexiconValidator::tr("must be a list"));
            return;
        }
        const QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i) {
            const QString path = QStringLiteral("$.misspellings[%1]").arg(i);
            const QJsonObject entry = array.at(i).toObject();
            const QString wrong = entry.value(QLatin1String("wrong")).toString();
            const QString right = entry.value(QLatin1String("right")).toString();
            checkPhrase(wrong, path + QStringLiteral(".wrong"));
            checkPhrase(right, path + QStringLiteral(".right"));
            if (!wrong.isEmpty() && wrong.size() != right.size())
                problem(path,
                        VoiceLexiconValidator::tr(
                                "\"wrong\" and \"right\" must be equally long (the analyser "
                                "keeps every character's position)"));
            else if (!wrong.isEmpty() && wrong == right)
                problem(path, VoiceLexiconValidator::tr("\"wrong\" and \"right\" are the same"));
        }
    }
};

} // namespace

QList<VoiceLexiconProblem> VoiceLexiconValidator::validate(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return {
            { QStringLiteral("$"),
              tr("not valid JSON at offset %1: %2").arg(error.offset).arg(error.errorString()) }
        };
    if (!document.isObject())
        return { { QStringLiteral("$"), tr("the lexicon must be a JSON object") } };
    Checker checker;
    checker.checkLexicon(document.object());
    return checker.problems;
}

} // namespace bd
