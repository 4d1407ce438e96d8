#include "app/services/dataimport/ImportValues.h"

#include <QRegularExpression>

namespace bd {

std::optional<qint64> ImportValues::yuanToFen(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,13})(?:\\.(\\d{1,2}))?$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    qint64 fen = match.captured(1).toLongLong() * 100;
    const QString decimals = match.captured(2);
    if (!decimals.isEmpty())
        fen += decimals.size() == 1 ? decimals.toInt() * 10 : decimals.toInt();
    return fen;
}

std::optional<int> ImportValues::percentToBasisPoints(const QString &text)
{
    const std::optional<qint64> hundredths = yuanToFen(text); // same shape: digits.dd
    if (!hundredths || *hundredths > 10000)
        return std::nullopt;
    return int(*hundredths);
}

std::optional<QDate> ImportValues::date(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!pattern.match(text).hasMatch())
        return std::nullopt;
    const QDate parsed = QDate::fromString(text, Qt::ISODate);
    if (!parsed.isValid())
        return std::nullopt;
    return parsed;
}

QString ImportValues::amountProblem(const QString &column, const QString &text)
{
    return tr("%1 '%2' is not an amount in yuan with at most two decimals (e.g. 12345.67).")
            .arg(column, text);
}

QString ImportValues::dateProblem(const QString &column, const QString &text)
{
    return tr("%1 '%2' is not a date YYYY-MM-DD.").arg(column, text);
}

} // namespace bd
