#include "app/domain/MoneyText.h"

#include <QCoreApplication>

namespace bd::MoneyText {

namespace {
constexpr std::int64_t kWanFen = 10'000LL * 100;        // 1万 yuan
constexpr std::int64_t kYiFen = 100'000'000LL * 100;    // 1亿 yuan
constexpr std::int64_t kMillionFen = 1'000'000LL * 100;
constexpr std::int64_t kBillionFen = 1'000'000'000LL * 100;

QString scaled(std::int64_t fen, std::int64_t unitFen, const QLocale &locale)
{
    return locale.toString(double(fen) / double(unitFen), 'f', 2);
}
} // namespace

QString headline(Money amount, const QLocale &locale)
{
    const std::int64_t fen = amount.fen();
    const std::int64_t absFen = fen < 0 ? -fen : fen;
    const QString sign = fen < 0 ? QStringLiteral("-") : QString();
    if (locale.language() == QLocale::Chinese) {
        if (absFen >= kYiFen)
            return sign + QStringLiteral("¥") + scaled(absFen, kYiFen, locale) + QStringLiteral("亿");
        if (absFen >= 100 * kWanFen)
            return sign + QStringLiteral("¥") + scaled(absFen, kWanFen, locale) + QStringLiteral("万");
        return amount.toDisplayString(locale);
    }
    if (absFen >= kBillionFen)
        return sign + QStringLiteral("¥") + scaled(absFen, kBillionFen, locale)
                + QCoreApplication::translate("MoneyText", " billion");
    if (absFen >= kMillionFen)
        return sign + QStringLiteral("¥") + scaled(absFen, kMillionFen, locale)
                + QCoreApplication::translate("MoneyText", " million");
    return amount.toDisplayString(locale);
}

} // namespace bd::MoneyText
