#include "app/services/calls/LifecycleRules.h"

#include "app/domain/CustomerTier.h"

namespace bd {

namespace {
constexpr Money k5Wan = Money::fromYuan(50000);
constexpr Money k1000 = Money::fromYuan(1000);

bool within(const QDate &day, const QDate &today, int days)
{
    return day.isValid() && day <= today && day.daysTo(today) <= days;
}
} // namespace

LifecycleRules::Verdict LifecycleRules::evaluate(const LifecycleFacts &f, const QDate &today)
{
    // Termination: the relationship has ended or gone dead.
    if (within(f.accountClosingOn, today, 365) && f.aum < k1000)
        return {LifecycleStage::Termination, QStringLiteral("account_closed")};
    if (f.aum == Money() && !within(f.lastTransactionOn, today, 365) && !within(f.openedOn, today, 365))
        return {LifecycleStage::Termination, QStringLiteral("dormant_empty")};

    // Decline: downgraded recently, or assets fell by 30% or more in six months.
    const bool downgraded = !f.previousTier.isEmpty()
            && int(Tiers::fromCode(f.previousTier)) > int(Tiers::fromCode(f.tier))
            && within(f.tierChangedOn, today, 180);
    if (downgraded)
        return {LifecycleStage::Decline, QStringLiteral("downgraded")};
    if (f.aumSixMonthsAgo && *f.aumSixMonthsAgo > Money()
        && f.aum.fen() * 10 <= f.aumSixMonthsAgo->fen() * 7)
        return {LifecycleStage::Decline, QStringLiteral("aum_fell")};

    // Development: new, or not yet holding much.
    if (within(f.openedOn, today, 180))
        return {LifecycleStage::Development, QStringLiteral("new_customer")};
    if (f.aum < k5Wan && f.productFamilies <= 1)
        return {LifecycleStage::Development, QStringLiteral("low_assets_single_product")};

    // Growth: assets rising, or room to configure more product families.
    if (f.aumSixMonthsAgo && *f.aumSixMonthsAgo > Money()
        && f.aum.fen() * 10 >= f.aumSixMonthsAgo->fen() * 11)
        return {LifecycleStage::Growth, QStringLiteral("aum_grew")};
    if (f.productFamilies < 3)
        return {LifecycleStage::Growth, QStringLiteral("room_to_configure")};

    return {LifecycleStage::Maturity, QStringLiteral("stable_configured")};
}

QString LifecycleRules::reasonLabel(const QString &reason)
{
    if (reason == QLatin1String("account_closed"))
        return tr("closed an account within a year and holds almost nothing");
    if (reason == QLatin1String("dormant_empty"))
        return tr("no assets and no transaction for a year");
    if (reason == QLatin1String("downgraded"))
        return tr("downgraded a tier within six months");
    if (reason == QLatin1String("aum_fell"))
        return tr("AUM fell by 30% or more in six months");
    if (reason == QLatin1String("new_customer"))
        return tr("opened within the last six months");
    if (reason == QLatin1String("low_assets_single_product"))
        return tr("under CNY 50,000 in at most one product family");
    if (reason == QLatin1String("aum_grew"))
        return tr("AUM grew by 10% or more in six months");
    if (reason == QLatin1String("room_to_configure"))
        return tr("fewer than three product families");
    if (reason == QLatin1String("stable_configured"))
        return tr("stable assets in three or more product families");
    return reason;
}

} // namespace bd
