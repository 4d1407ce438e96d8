#include "app/services/kyc/KycBankValidator.h"

#include "app/domain/DomainTerms.h"
#include "app/services/kyc/KycCompleteness.h"
#include "app/services/kyc/KycFields.h"
#include "app/services/kyc/KycQuestionBank.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace bd {

QString KycBankProblem::toString() const
{
    return location.isEmpty() ? QStringLiteral("%1: %2").arg(path, message)
                              : QStringLiteral("%1 (%2): %3").arg(path, location, message);
}

namespace {

class Checker
{
public:
    QList<KycBankProblem> problems;

    void problem(const QString &path, const QString &location, const QString &message)
    {
        problems.append({path, location, message});
    }

    void checkText(const QJsonValue &value, const QString &path, const QString &location)
    {
        if (!value.isObject()) {
            problem(path, location, KycBankValidator::tr("a text needs \"zh\" and \"en\""));
            return;
        }
        for (const char *language : {"zh", "en"}) {
            const QJsonValue text = value.toObject().value(QLatin1String(language));
            if (!text.isString() || text.toString().trimmed().isEmpty())
                problem(path + QLatin1Char('.') + QLatin1String(language), location,
                        KycBankValidator::tr("the text is missing or empty"));
        }
    }

    void checkBank(const QJsonObject &root)
    {
        if (root.value(QLatin1String("format")).toString() != QLatin1String("branchdesk-kyc-bank"))
            problem(QStringLiteral("$.format"), {},
                    KycBankValidator::tr("must be \"branchdesk-kyc-bank\""));
        checkText(root.value(QLatin1String("name")), QStringLiteral("$.name"), {});
        const QJsonValue cells = root.value(QLatin1String("cells"));
        if (!cells.isArray()) {
            problem(QStringLiteral("$.cells"), {}, KycBankValidator::tr("the cells are missing"));
            return;
        }
        QSet<QString> seenCells;
        const QJsonArray array = cells.toArray();
        for (int i = 0; i < array.size(); ++i)
            checkCell(array.at(i), QStringLiteral("$.cells[%1]").arg(i), seenCells);
        for (const QString &cell : KycCompleteness::cells())
            if (!seenCells.contains(cell))
                problem(QStringLiteral("$.cells"), QStringLiteral("cell %1").arg(cell),
                        KycBankValidator::tr("the cell %1 is missing").arg(cell));
    }

    void checkCell(const QJsonValue &value, const QString &path, QSet<QString> &seen)
    {
        if (!value.isObject()) {
            problem(path, {}, KycBankValidator::tr("a cell must be an object"));
            return;
        }
        const QJsonObject cell = value.toObject();
        const QString id = cell.value(QLatin1String("id")).toString();
        const QString location = QStringLiteral("cell %1").arg(id);
        if (!KycCompleteness::cells().contains(id))
            problem(path + QStringLiteral(".id"), location,
                    KycBankValidator::tr("unknown cell \"%1\" (expected one of %2)")
                            .arg(id, KycCompleteness::cells().join(QStringLiteral(", "))));
        else if (seen.contains(id))
            problem(path + QStringLiteral(".id"), location,
                    KycBankValidator::tr("duplicate cell id \"%1\"").arg(id));
        seen.insert(id);
        checkText(cell.value(QLatin1String("title")), path + QStringLiteral(".title"), location);
        const QJsonArray questions = cell.value(QLatin1String("questions")).toArray();
        if (questions.isEmpty())
            problem(path + QStringLiteral(".questions"), location,
                    KycBankValidator::tr("a cell needs at least one question"));
        for (int i = 0; i < questions.size(); ++i)
            checkQuestion(questions.at(i), id,
                          QStringLiteral("%1.questions[%2]").arg(path).arg(i));
    }

    void checkQuestion(const QJsonValue &value, const QString &cellId, const QString &path)
    {
        if (!value.isObject()) {
            problem(path, QStringLiteral("cell %1").arg(cellId),
                    KycBankValidator::tr("a question must be an object"));
            return;
        }
        const QJsonObject question = value.toObject();
        const QString id = question.value(QLatin1String("id")).toString();
        const QString location = QStringLiteral("cell %1 / question %2").arg(cellId, id);
        if (id.isEmpty())
            problem(path + QStringLiteral(".id"), location, KycBankValidator::tr("the id is missing"));
        else if (m_questionPaths.contains(id))
            problem(path + QStringLiteral(".id"), location,
                    KycBankValidator::tr("duplicate question id \"%1\" (first at %2)")
                            .arg(id, m_questionPaths.value(id)));
        else if (!id.startsWith(cellId + QLatin1Char('.')))
            problem(path + QStringLiteral(".id"), location,
                    KycBankValidator::tr("the id must start with its cell id \"%1.\"").arg(cellId));
        if (!id.isEmpty() && !m_questionPaths.contains(id))
            m_questionPaths.insert(id, path);

        const QString typeCode = question.value(QLatin1String("type")).toString();
        const std::optional<KycAnswerType> type = KycQuestionBank::typeFromCode(typeCode);
        if (!type)
            problem(path + QStringLiteral(".type"), location,
                    KycBankValidator::tr("unknown answer type \"%1\"").arg(typeCode));
        checkText(question.value(QLatin1String("text")), path + QStringLiteral(".text"), location);
        const QString field = question.value(QLatin1String("field")).toString();
        if (!KycFields::isKnown(field))
            problem(path + QStringLiteral(".field"), location,
                    KycBankValidator::tr("unknown KYC field \"%1\"").arg(field));

        if (!type)
            return; // options and rules cannot be judged without a type
        const bool choosing = type == KycAnswerType::Choice || type == KycAnswerType::MultiChoice
                || type == KycAnswerType::Range;
        const QSet<QString> codes = checkOptions(question, path, location, choosing);
        checkRisk(question, path, location, choosing);
        if (type == KycAnswerType::FundArrival) {
            const QString source = question.value(QLatin1String("arrival_source")).toString();
            if (!DomainTerms::codes(Vocabulary::FundArrivalSource).contains(source))
                problem(path + QStringLiteral(".arrival_source"), location,
                        KycBankValidator::tr("unknown fund arrival source \"%1\"").arg(source));
        }
        if (type == KycAnswerType::Number
            && question.value(QLatin1String("min")).toInt()
                    > question.value(QLatin1String("max")).toInt(1000000))
            problem(path + QStringLiteral(".min"), location,
                    KycBankValidator::tr("min is larger than max"));
        const QJsonValue tags = question.value(QLatin1String("tags"));
        if (!tags.isUndefined() && !tags.isArray())
            problem(path + QStringLiteral(".tags"), location,
                    KycBankValidator::tr("tags must be a list of rules"));
        const QJsonArray rules = tags.toArray();
        for (int i = 0; i < rules.size(); ++i)
            checkRule(rules.at(i), type, codes, QStringLiteral("%1.tags[%2]").arg(path).arg(i),
                      QStringLiteral("%1 / tag rule %2").arg(location).arg(i));
    }

    QSet<QString> checkOptions(const QJsonObject &question, const QString &path,
                               const QString &location, bool choosing)
    {
        QSet<QString> codes;
        const QJsonValue value = question.value(QLatin1String("options"));
        const QJsonArray options = value.toArray();
        if (choosing && options.isEmpty())
            problem(path + QStringLiteral(".options"), location,
                    KycBankValidator::tr("a choice question needs options"));
        if (!choosing && !value.isUndefined())
            problem(path + QStringLiteral(".options"), location,
                    KycBankValidator::tr("only choice, multi_choice and range questions have "
                                         "options"));
        for (int i = 0; i < options.size(); ++i) {
            const QString optionPath = QStringLiteral("%1.options[%2]").arg(path).arg(i);
            const QString optionLocation = QStringLiteral("%1 / option %2").arg(location).arg(i);
            const QJsonObject option = options.at(i).toObject();
            const QString code = option.value(QLatin1String("code")).toString();
            if (code.isEmpty())
                problem(optionPath + QStringLiteral(".code"), optionLocation,
                        KycBankValidator::tr("the option code is missing"));
            else if (codes.contains(code))
                problem(optionPath + QStringLiteral(".code"), optionLocation,
                        KycBankValidator::tr("duplicate option code \"%1\"").arg(code));
            codes.insert(code);
            checkText(option, optionPath, optionLocation);
            const QJsonValue risk = option.value(QLatin1String("risk"));
            if (!risk.isUndefined() && (!risk.isDouble() || risk.toInt() < 1 || risk.toInt() > 5))
                problem(optionPath + QStringLiteral(".risk"), optionLocation,
                        KycBankValidator::tr("a risk score must be 1 to 5"));
        }
        return codes;
    }

    void checkRisk(const QJsonObject &question, const QString &path, const QString &location,
                   bool choosing)
    {
        const QJsonValue weight = question.value(QLatin1String("risk_weight"));
        if (weight.isUndefined())
            return;
        if (!weight.isDouble() || weight.toInt() < 0 || weight.toInt() > 10)
            problem(path + QStringLiteral(".risk_weight"), location,
                    KycBankValidator::tr("risk_weight must be 0 to 10"));
        else if (weight.toInt() > 0 && !choosing)
            problem(path + QStringLiteral(".risk_weight"), location,
                    KycBankValidator::tr("only choice questions can drive the risk profile"));
    }

    void checkRule(const QJsonValue &value, std::optional<KycAnswerType> type,
                   const QSet<QString> &codes, const QString &path, const QString &location)
    {
        const QJsonObject rule = value.toObject();
        if (!value.isObject()) {
            problem(path, location, KycBankValidator::tr("a tag rule must be an object"));
            return;
        }
        const QString when = rule.value(QLatin1String("when")).toString();
        if (when.isEmpty())
            problem(path + QStringLiteral(".when"), location,
                    KycBankValidator::tr("\"when\" is missing (an option code or \"*\")"));
        else if (when != QLatin1String("*") && !codes.contains(when))
            problem(path + QStringLiteral(".when"), location,
                    KycBankValidator::tr("the rule refers to unknown option \"%1\"").arg(when));
        for (const char *bound : {"min_fen", "max_fen"}) {
            const QJsonValue fen = rule.value(QLatin1String(bound));
            if (fen.isUndefined())
                continue;
            if (type != KycAnswerType::Amount)
                problem(path + QLatin1Char('.') + QLatin1String(bound), location,
                        KycBankValidator::tr("amount bounds only apply to amount questions"));
            else if (!fen.isDouble() || fen.toDouble() < 0)
                problem(path + QLatin1Char('.') + QLatin1String(bound), location,
                        KycBankValidator::tr("an amount bound must be a number of fen >= 0"));
        }
        const QString dimension = rule.value(QLatin1String("dimension")).toString();
        if (!DomainTerms::codes(Vocabulary::TagDimension).contains(dimension))
            problem(path + QStringLiteral(".dimension"), location,
                    KycBankValidator::tr("unknown tag dimension \"%1\" (expected one of %2)")
                            .arg(dimension, DomainTerms::codes(Vocabulary::TagDimension)
                                                    .join(QStringLiteral(", "))));
        for (const char *key : {"category", "value"})
            if (rule.value(QLatin1String(key)).toString().trimmed().isEmpty())
                problem(path + QLatin1Char('.') + QLatin1String(key), location,
                        KycBankValidator::tr("the tag %1 is missing").arg(QLatin1String(key)));
        const QJsonValue confidence = rule.value(QLatin1String("confidence"));
        if (!confidence.isDouble() || confidence.toDouble() < 0 || confidence.toDouble() > 100
            || confidence.toDouble() != double(confidence.toInt()))
            problem(path + QStringLiteral(".confidence"), location,
                    KycBankValidator::tr("confidence must be a whole number from 0 to 100"));
    }

private:
    QHash<QString, QString> m_questionPaths;
};

} // namespace

QList<KycBankProblem> KycBankValidator::validate(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        return {{QStringLiteral("$"), tr("offset %1").arg(error.offset),
                 tr("not valid JSON: %1").arg(error.errorString())}};
    if (!document.isObject())
        return {{QStringLiteral("$"), {}, tr("the bank must be a JSON object")}};
    Checker checker;
    checker.checkBank(document.object());
    return checker.problems;
}

} // namespace bd
