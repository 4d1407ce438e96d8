#include "app/domain/CustomerTier.h"

#include <QCoreApplication>

namespace bd::Tiers {

CustomerTier forAum(Money aum)
{
    if (aum >= threshold(CustomerTier::Diamond))
        return CustomerTier::Diamond;
    if (aum >= threshold(CustomerTier::Platinum))
        return CustomerTier::Platinum;
    if (aum >= threshold(CustomerTier::Gold))
        return CustomerTier::Gold;
    if (aum >= threshold(CustomerTier::Silver))
        return CustomerTier::Silver;
    return CustomerTier::Ordinary;
}

Money threshold(CustomerTier tier)
{
    switch (tier) {
    case CustomerTier::Ordinary:
        return Money();
    case CustomerTier::Silver:
        return Money::fromYuan(50'000);
    case CustomerTier::Gold:
        return Money::fromYuan(500'000);
    case CustomerTier::Platinum:
        return Money::fromYuan(3'000'000);
    case CustomerTier::Diamond:
        return Money::fromYuan(6'000'000);
    }
    return Money();
}

bool isVip(CustomerTier tier)
{
    return tier >= CustomerTier::Gold;
}

QString code(CustomerTier tier)
{
    switch (tier) {
    case CustomerTier::Ordinary:
        return QStringLiteral("ordinary");
    case CustomerTier::Silver:
        return QStringLiteral("silver");
    case CustomerTier::Gold:
        return QStringLiteral("gold");
    case CustomerTier::Platinum:
        return QStringLiteral("platinum");
    case CustomerTier::Diamond:
        return QStringLiteral("diamond");
    }
    return {};
}

CustomerTier fromCode(const QString &text)
{
    for (auto tier : {CustomerTier::Silver, CustomerTier::Gold, CustomerTier::Platinum,
                      CustomerTier::Diamond}) {
        if (code(tier) == text)
            return tier;
    }
    return CustomerTier::Ordinary;
}

QString label(CustomerTier tier)
{
    switch (tier) {
    case CustomerTier::Ordinary:
        return QCoreApplication::translate("CustomerTier", "Ordinary");
    case CustomerTier::Silver:
        return QCoreApplication::translate("CustomerTier", "Silver");
    case CustomerTier::Gold:
        return QCoreApplication::translate("CustomerTier", "Gold VIP");
    case CustomerTier::Platinum:
        return QCoreApplication::translate("CustomerTier", "Platinum VIP");
    case CustomerTier::Diamond:
        return QCoreApplication::translate("CustomerTier", "Diamond VIP");
    }
    return {};
}

} // namespace bd::Tiers
