#include "app/domain/voice/VoiceLexicon.h"

#include "app/domain/voice/VoiceLexiconValidator.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace bd {

namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list << item.toString();
    return list;
}

} // namespace

QString VoiceLabelDefinition::name() const
{
    return QLocale().language() == QLocale::Chinese ? nameZh : nameEn;
}

const VoiceLabelDefinition *VoiceLexicon::label(const QString &key) const
{
    for (const VoiceLabelDefinition &definition : labels) {
        if (definition.key() == key)
            return &definition;
    }
    return nullptr;
}

Result<VoiceLexicon> VoiceLexicon::fromJson(const QByteArray &json)
{
    const QList<VoiceLexiconProblem> problems = VoiceLexiconValidator::validate(json);
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const VoiceLexiconProblem &problem : problems)
            lines << problem.toString();
        return Error(tr("The customer-voice lexicon has %n problem(s):\n%1", nullptr,
                        int(problems.size()))
                             .arg(lines.join(QLatin1Char('\n'))));
    }
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    VoiceLexicon lexicon;
    const QJsonObject name = root.value(QLatin1String("name")).toObject();
    lexicon.nameZh = name.value(QLatin1String("zh")).toString();
    lexicon.nameEn = name.value(QLatin1String("en")).toString();
    const QJsonObject cues = root.value(QLatin1String("cues")).toObject();
    for (auto it = cues.begin(); it != cues.end(); ++it)
        lexicon.cues.insert(it.key(), strings(it.value()));
    for (const QJsonValue &value : root.value(QLatin1String("families")).toArray()) {
        const QJsonObject family = value.toObject();
        lexicon.families.append({family.value(QLatin1String("code")).toString(),
                                 strings(family.value(QLatin1String("terms")))});
    }
    for (const QJsonValue &value : root.value(QLatin1String("labels")).toArray()) {
        const QJsonObject object = value.toObject();
        VoiceLabelDefinition label;
        label.kind = *VoiceKinds::fromCode(object.value(QLatin1String("kind")).toString());
        label.code = object.value(QLatin1String("code")).toString();
        const QJsonObject labelName = object.value(QLatin1String("name")).toObject();
        label.nameZh = labelName.value(QLatin1String("zh")).toString();
        label.nameEn = labelName.value(QLatin1String("en")).toString();
        label.family = object.value(QLatin1String("family")).toString();
        label.phrases = strings(object.value(QLatin1String("phrases")));
        label.exclude = strings(object.value(QLatin1String("exclude")));
        label.negatedBy = strings(object.value(QLatin1String("negated_by")));
        label.negatedAfter = strings(object.value(QLatin1String("negated_after")));
        label.negatable = object.value(QLatin1String("negatable")).toBool(true);
        const QJsonObject yields = object.value(QLatin1String("yields_to")).toObject();
        label.yieldsTo = strings(yields.value(QLatin1String("labels")));
        label.yieldUnless = strings(yields.value(QLatin1String("unless")));
        for (const QJsonValue &pairValue : object.value(QLatin1String("pairs")).toArray()) {
            const QJsonObject pair = pairValue.toObject();
            label.pairs.append({strings(pair.value(QLatin1String("first"))),
                                strings(pair.value(QLatin1String("then"))),
                                pair.value(QLatin1String("gap")).toInt(6),
                                pair.value(QLatin1String("any_order")).toBool(false),
                                pair.value(QLatin1String("scope")).toString()
                                        == QLatin1String("sentence")});
        }
        lexicon.labels.append(label);
    }
    for (const QJsonValue &value : root.value(QLatin1String("misspellings")).toArray()) {
        const QJsonObject object = value.toObject();
        lexicon.misspellings.append({object.value(QLatin1String("wrong")).toString(),
                                     object.value(QLatin1String("right")).toString()});
    }
    lexicon.version = QString::fromLatin1(
            QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex().left(16));
    return lexicon;
}

Result<VoiceLexicon> VoiceLexicon::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(tr("Cannot read the customer-voice lexicon %1: %2").arg(path, file.errorString()));
    return fromJson(file.readAll());
}

Result<VoiceLexicon> VoiceLexicon::builtIn()
{
    return fromFile(QStringLiteral(":/voice/lexicon.json"));
}

} // namespace bd
