#include "app/domain/Money.h"

#include <QRegularExpression>

#include <limits>

namespace bd {

QString Money::toPlainString() const
{
    const std::int64_t absFen = m_fen < 0 ? -m_fen : m_fen;
    QString yuan = QString::number(absFen / 100);
    for (int i = yuan.size() - 3; i > 0; i -= 3)
        yuan.insert(i, QLatin1Char(','));
    return QStringLiteral("%1%2.%3")
            .arg(m_fen < 0 ? QStringLiteral("-") : QString(), yuan)
            .arg(absFen % 100, 2, 10, QLatin1Char('0'));
}

QString Money::toDisplayString(const QLocale &locale) const
{
    // Always yuan: a column of amounts keeps one unit (MoneyText::headline() is for a
    // figure standing alone, in 万 or 亿).
    const std::int64_t absFen = m_fen < 0 ? -m_fen : m_fen;
    const QString sign = m_fen < 0 ? QStringLiteral("-") : QString();
    return sign + QStringLiteral("¥") + locale.toString(absFen / 100)
            + locale.decimalPoint() + QStringLiteral("%1").arg(absFen % 100, 2, 10, QLatin1Char('0'));
}

std::optional<Money> Money::parse(const QString &input, const QLocale &locale)
{
    // Full-width forms, as a Chinese input method in full-width mode types them (８０，０００,
    // ８万, －２０, ￥), read as the ASCII ones.
    QString text = input.normalized(QString::NormalizationForm_KC).trimmed();
    text.remove(QLatin1Char(' '));
    text.remove(QChar(0x00A0));
    for (const QString &prefix : {QStringLiteral("¥"), QStringLiteral("￥"), QStringLiteral("CNY"),
                                  QStringLiteral("RMB")}) {
        if (text.startsWith(prefix, Qt::CaseInsensitive))
            text = text.mid(prefix.size());
    }
    if (text.endsWith(QStringLiteral("元")))
        text.chop(1);
    std::int64_t multiplier = 1;
    if (text.endsWith(QStringLiteral("万"))) {
        multiplier = 10000;
        text.chop(1);
    }
    bool negative = false;
    if (text.startsWith(QLatin1Char('-'))) {
        negative = true;
        text = text.mid(1);
    }
    if (text.isEmpty())
        return std::nullopt;

    // Normalise the locale's separators to "," (group) and "." (decimal).
    const QString group = locale.groupSeparator();
    const QString decimal = locale.decimalPoint();
    if (decimal != QStringLiteral(".")) {
        text.replace(decimal, QStringLiteral("\x01"));
        text.replace(group, QStringLiteral(","));
        text.replace(QStringLiteral("\x01"), QStringLiteral("."));
    }
    static const QRegularExpression grouped(QStringLiteral("^\\d{1,3}(,\\d{3})*(\\.\\d+)?$"));
    static const QRegularExpression plain(QStringLiteral("^\\d+(\\.\\d+)?$"));
    if (!plain.match(text).hasMatch() && !grouped.match(text).hasMatch())
        return std::nullopt;
    text.remove(QLatin1Char(','));

    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? text : text.left(dot);
    QString fraction = dot < 0 ? QString() : text.mid(dot + 1);
    // Fen is the smallest unit: 万 allows up to six decimals (1.234567万 = 12345.67 yuan).
    const int maxDecimals = multiplier == 10000 ? 6 : 2;
    if (fraction.size() > maxDecimals)
        return std::nullopt;
    if (whole.size() > 13)
        return std::nullopt;
    fraction = fraction.leftJustified(maxDecimals, QLatin1Char('0'));
    bool ok = false;
    const std::int64_t wholeValue = whole.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    const std::int64_t fractionValue = fraction.isEmpty() ? 0 : fraction.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    std::int64_t fen = 0;
    if (multiplier == 10000)
        fen = wholeValue * 10000 * 100 + fractionValue; // six decimals of 万 are fen
    else
        fen = wholeValue * 100 + fractionValue;
    if (fen < 0 || fen > std::numeric_limits<std::int64_t>::max() / 4)
        return std::nullopt;
    return Money::fromFen(negative ? -fen : fen);
}

} // namespace bd
