#include "app/services/kyc/KycAnswerValue.h"

#include "app/domain/Money.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace bd::KycAnswerValue {

namespace {
const QLatin1String kChoice("choice");
const QLatin1String kChoices("choices");
const QLatin1String kRange("range");
const QLatin1String kAmount("amount_fen");
const QLatin1String kDate("date");
const QLatin1String kNumber("number");
const QLatin1String kText("text");
} // namespace

QJsonObject choice(const QString &code) { return {{kChoice, code}}; }
QJsonObject choices(const QStringList &codes)
{
    return {{kChoices, QJsonArray::fromStringList(codes)}};
}
QJsonObject range(const QString &code) { return {{kRange, code}}; }
QJsonObject amount(qint64 fen) { return {{kAmount, fen}}; }
QJsonObject date(const QDate &day) { return {{kDate, day.toString(Qt::ISODate)}}; }
QJsonObject number(int value) { return {{kNumber, value}}; }
QJsonObject text(const QString &text) { return {{kText, text}}; }
QJsonObject fundArrival(const QDate &day, qint64 fen)
{
    return {{kDate, day.toString(Qt::ISODate)}, {kAmount, fen}};
}

QStringList codes(const QJsonObject &value)
{
    if (value.contains(kChoices)) {
        QStringList all;
        for (const QJsonValue &code : value.value(kChoices).toArray())
            all << code.toString();
        return all;
    }
    if (value.contains(kChoice))
        return {value.value(kChoice).toString()};
    if (value.contains(kRange))
        return {value.value(kRange).toString()};
    return {};
}

std::optional<qint64> amountFen(const QJsonObject &value)
{
    if (!value.value(kAmount).isDouble())
        return std::nullopt;
    return qint64(value.value(kAmount).toDouble());
}

QDate day(const QJsonObject &value)
{
    return QDate::fromString(value.value(kDate).toString(), Qt::ISODate);
}

std::optional<int> numberOf(const QJsonObject &value)
{
    for (const QLatin1String key : {kNumber, QLatin1String("years")})
        if (value.value(key).isDouble())
            return value.value(key).toInt();
    return std::nullopt;
}

QString textOf(const QJsonObject &value) { return value.value(kText).toString(); }

bool isValid(const KycQuestion &question, const QJsonObject &value)
{
    switch (question.type) {
    case KycAnswerType::Choice:
    case KycAnswerType::Range:
    case KycAnswerType::MultiChoice: {
        const QStringList chosen = codes(value);
        if (chosen.isEmpty() || (question.type != KycAnswerType::MultiChoice && chosen.size() != 1))
            return false;
        for (const QString &code : chosen)
            if (!question.option(code))
                return false;
        return true;
    }
    case KycAnswerType::Amount: return amountFen(value).value_or(-1) >= 0;
    case KycAnswerType::Date: return day(value).isValid();
    case KycAnswerType::Number: {
        const std::optional<int> n = numberOf(value);
        return n && *n >= question.minimum && *n <= question.maximum;
    }
    case KycAnswerType::Text: return !textOf(value).trimmed().isEmpty();
    case KycAnswerType::FundArrival:
        return day(value).isValid() && amountFen(value).value_or(0) > 0;
    }
    return false;
}

QString display(const KycQuestion &question, const QJsonObject &value, const QLocale &locale)
{
    switch (question.type) {
    case KycAnswerType::Choice:
    case KycAnswerType::Range:
    case KycAnswerType::MultiChoice: {
        QStringList labels;
        for (const QString &code : codes(value)) {
            const KycOption *option = question.option(code);
            labels << (option ? option->label.text(locale) : code);
        }
        return labels.join(locale.language() == QLocale::Chinese ? QStringLiteral("、")
                                                                  : QStringLiteral(", "));
    }
    case KycAnswerType::Amount:
        return Money::fromFen(amountFen(value).value_or(0)).toDisplayString(locale);
    case KycAnswerType::Date: return locale.toString(day(value), QLocale::ShortFormat);
    case KycAnswerType::Number: return QString::number(numberOf(value).value_or(0));
    case KycAnswerType::Text: return textOf(value);
    case KycAnswerType::FundArrival:
        return QStringLiteral("%1 · %2").arg(
                locale.toString(day(value), QLocale::ShortFormat),
                Money::fromFen(amountFen(value).value_or(0)).toDisplayString(locale));
    }
    return {};
}

QString toJson(const QJsonObject &value)
{
    return QString::fromUtf8(QJsonDocument(value).toJson(QJsonDocument::Compact));
}

QJsonObject fromJson(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

} // namespace bd::KycAnswerValue
