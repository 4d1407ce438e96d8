#pragma once

#include "app/services/core/Session.h"
#include "database/dashboards/AumTrendQuery.h"
#include "database/dashboards/CallOutcomeQuery.h"
#include "database/dashboards/DashboardScope.h"
#include "database/dashboards/KycCoverageQuery.h"
#include "database/dashboards/ReferralFunnelQuery.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>

#include <optional>

namespace bd {

// A wealth manager a branch dashboard can be narrowed to.
struct DashboardManager
{
    QString id;
    QString displayName;
};

// The figures of a dashboard (DOMAIN.md sections 4-7). Counts and sums only: no customer
// is named, so nothing here needs masking.
struct DashboardFigures
{
    QMap<QString, int> tiers;     // tier code -> customers
    QMap<QString, int> lifecycle; // lifecycle stage code -> customers
    QList<AumMonthTotal> aumTrend; // 12 month-ends, oldest first
    ReferralFunnel referrals;      // made in the last kReferralDays days
    QList<CallBatchOutcomes> callBatches; // latest kCallBatches call lists, oldest first
    QMap<QString, KycTierCoverage> kycPerTier;
    QMap<QString, int> kycPercentByCell; // PPF cell -> average completeness 0..100
};

// Dashboard figures for a signed-in user. The whole branch, or any manager's book in it,
// needs Permission::ViewBranchDashboard; a wealth manager may see his own book only.
// Every figure method checks the scope itself, so no caller can skip the check.
class DashboardService
{
    Q_DECLARE_TR_FUNCTIONS(DashboardService)

public:
    static constexpr int kReferralDays = 90;
    static constexpr int kCallBatches = 6;
    static constexpr int kTrendMonths = 12;

    DashboardService(Store &store, const Session &session);

    // What the user sees first: the branch for the branch head, the own book otherwise.
    DashboardScope defaultScope() const;
    // Whether the user may see `scope`; a refusal is audited and its error says why.
    Result<> authorise(const DashboardScope &scope);
    // The managers of the branch for the filter (branch dashboard only).
    Result<QList<DashboardManager>> managers();

    Result<QMap<QString, int>> tierDistribution(const DashboardScope &scope);
    Result<QMap<QString, int>> lifecycleDistribution(const DashboardScope &scope);
    Result<QList<AumMonthTotal>> aumTrend(const DashboardScope &scope, const QDate &today);
    Result<ReferralFunnel> referralFunnel(const DashboardScope &scope, const QDate &today);
    Result<QList<CallBatchOutcomes>> callOutcomes(const DashboardScope &scope);
    // Fills kycPerTier and kycPercentByCell of `figures`.
    Result<> kycCoverage(const DashboardScope &scope, DashboardFigures &figures);
    // All of the above, one after another (exports and tests; the widgets load per figure).
    Result<DashboardFigures> load(const DashboardScope &scope,
                                         const QDate &today = QDate::currentDate());

private:
    bool allowed(const DashboardScope &scope) const;
    template <typename Value>
    Result<Value> answer(const Result<Value> &read);

    Store &m_store;
    const Session &m_session;
};

} // namespace bd
