#include "app/services/dashboards/DashboardService.h"

#include "app/services/core/AuditTrail.h"
#include "app/services/dashboards/KycCellCoverage.h"
#include "app/services/kyc/KycQuestionBank.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/dashboards/CustomerDistributionQuery.h"
#include "database/staff/StaffRepository.h"

#include <QTimeZone>

namespace bd {

DashboardService::DashboardService(Store &store, const Session &session)
    : m_store(store)
    , m_session(session)
{
}

DashboardScope DashboardService::defaultScope() const
{
    if (m_session.can(Permission::ViewBranchDashboard))
        return {m_session.branch.id, {}};
    return {m_session.branch.id, m_session.user.id};
}

bool DashboardService::allowed(const DashboardScope &scope) const
{
    if (scope.branchId != m_session.branch.id)
        return false;
    if (m_session.can(Permission::ViewBranchDashboard))
        return true;
    // A manager's own book: the customers he already sees one by one.
    return scope.isBook() && scope.managerId == m_session.user.id
            && m_session.can(Permission::ViewCustomers);
}

Result<> DashboardService::authorise(const DashboardScope &scope)
{
    if (allowed(scope))
        return {};
    Transaction transaction(m_store.database());
    AuditTrail(m_store).record(
            &m_session, QStringLiteral("permission_refused"), {}, {},
            {{QStringLiteral("permission"), Permissions::code(Permission::ViewBranchDashboard)}});
    (void)transaction.commit();
    return Error(m_session.refusal(Permission::ViewBranchDashboard));
}

Result<QList<DashboardManager>> DashboardService::managers()
{
    if (Result<> may = authorise({m_session.branch.id, {}}); !may)
        return may.error();
    QList<DashboardManager> managers;
    for (const StaffUser &user : StaffRepository(m_store).byRole(StaffRole::WealthManager)) {
        if (user.branchId == m_session.branch.id && user.active)
            managers.append({user.id, user.displayName});
    }
    std::sort(managers.begin(), managers.end(),
              [](const DashboardManager &a, const DashboardManager &b) {
                  return a.displayName.localeAwareCompare(b.displayName) < 0;
              });
    return managers;
}

template <typename Value>
Result<Value> DashboardService::answer(const Result<Value> &read)
{
    if (!read)
        return Error(tr("The dashboard could not be read: %1").arg(read.errorString()));
    return read;
}

Result<QMap<QString, int>> DashboardService::tierDistribution(const DashboardScope &scope)
{
    if (Result<> may = authorise(scope); !may)
        return may.error();
    return answer(CustomerDistributionQuery(m_store).counts(scope,
                                                            CustomerDistributionQuery::By::Tier));
}

Result<QMap<QString, int>> DashboardService::lifecycleDistribution(
        const DashboardScope &scope)
{
    if (Result<> may = authorise(scope); !may)
        return may.error();
    return answer(CustomerDistributionQuery(m_store).counts(
            scope, CustomerDistributionQuery::By::LifecycleStage));
}

Result<QList<AumMonthTotal>> DashboardService::aumTrend(const DashboardScope &scope,
                                                               const QDate &today)
{
    if (Result<> may = authorise(scope); !may)
        return may.error();
    // Month-end snapshots: the current month has none until it ends.
    return answer(AumTrendQuery(m_store).months(scope, today.addMonths(-1), kTrendMonths));
}

Result<ReferralFunnel> DashboardService::referralFunnel(const DashboardScope &scope,
                                                               const QDate &today)
{
    if (Result<> may = authorise(scope); !may)
        return may.error();
    const QDateTime since = today.addDays(-kReferralDays).startOfDay(QTimeZone::systemTimeZone());
    return answer(ReferralFunnelQuery(m_store).funnel(scope, since.toUTC()));
}

Result<QList<CallBatchOutcomes>> DashboardService::callOutcomes(const DashboardScope &scope)
{
    if (Result<> may = authorise(scope); !may)
        return may.error();
    return answer(CallOutcomeQuery(m_store).latestBatches(scope, kCallBatches));
}

Result<> DashboardService::kycCoverage(const DashboardScope &scope, DashboardFigures &figures)
{
    if (Result<> may = authorise(scope); !may)
        return may;
    const KycCoverageQuery query(m_store);
    const auto perTier = answer(query.perTier(scope));
    if (!perTier)
        return perTier.error();
    const auto answered = answer(query.answeredPerQuestion(scope));
    if (!answered)
        return answered.error();
    int customers = 0;
    for (const KycTierCoverage &tier : *perTier)
        customers += tier.customers;
    figures.kycPerTier = *perTier;
    figures.kycPercentByCell =
            KycCellCoverage::percentByCell(KycQuestionBank::active(), *answered, customers);
    return {};
}

Result<DashboardFigures> DashboardService::load(const DashboardScope &scope,
                                                       const QDate &today)
{
    if (Result<> may = authorise(scope); !may)
        return may.error();
    DashboardFigures figures;
    const auto tiers = tierDistribution(scope);
    if (!tiers)
        return tiers.error();
    const auto lifecycle = lifecycleDistribution(scope);
    if (!lifecycle)
        return lifecycle.error();
    const auto trend = aumTrend(scope, today);
    if (!trend)
        return trend.error();
    const auto referrals = referralFunnel(scope, today);
    if (!referrals)
        return referrals.error();
    const auto calls = callOutcomes(scope);
    if (!calls)
        return calls.error();
    if (Result<> kyc = kycCoverage(scope, figures); !kyc)
        return kyc.error();
    figures.tiers = *tiers;
    figures.lifecycle = *lifecycle;
    figures.aumTrend = *trend;
    figures.referrals = *referrals;
    figures.callBatches = *calls;
    return figures;
}

} // namespace bd
