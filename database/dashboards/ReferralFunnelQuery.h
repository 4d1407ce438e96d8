#pragma once

#include "app/domain/Money.h"
#include "app/domain/Result.h"

#include "database/dashboards/DashboardScope.h"

#include <QDateTime>

namespace bd {

// Referrals made in a period and how far they went. A referral counts as accepted once a
// manager accepted it, even if it later converted, was declined or expired.
struct ReferralFunnel
{
    int made = 0;
    int accepted = 0;
    int completed = 0;    // converted: the customer brought in business
    int notCompleted = 0; // declined or expired
    Money converted; // the new AUM the converted referrals brought in

    int stillOpen() const { return made - completed - notCompleted; }
};

// Dashboard figure: the referral funnel (both forms, lobby, counter and staff). In a
// manager's scope: the referrals made to that manager.
class ReferralFunnelQuery
{
public:
    explicit ReferralFunnelQuery(Store &store) : m_store(store) {}

    Result<ReferralFunnel> funnel(const DashboardScope &scope, const QDateTime &since) const;

private:
    Store &m_store;
};

} // namespace bd
