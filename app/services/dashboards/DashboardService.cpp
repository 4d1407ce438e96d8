#include "app/services/dashboards/DashboardService.h"

#include "app/services/core/AuditTrail.h"
#include "app/services/dashboards/KycCellCoverage.h"
#include "app/services/kyc/KycQuestionBank.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/dashboards/LifecycleDistributionQuery.h"
#include "database/dashboards/TierDistributionQuery.h"
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

void DashboardService::refuse(Permission permission)
{
    m_error = m_session.refusal(permission);
    Transaction transaction(m_store.database());
    AuditTrail(m_store).record(&m_session, QStringLiteral("permission_refused"), {}, {},
                               {{QStringLiteral("permission"), Permissions::code(permission)}});
    transaction.commit();
}

bool DashboardService::authorise(const DashboardScope &scope)
{
    m_error.clear();
    if (allowed(scope))
        return true;
    refuse(Permission::ViewBranchDashboard);
    return false;
}

std::optional<QList<DashboardManager>> DashboardService::managers()
{
    if (!authorise({m_session.branch.id, {}}))
        return std::nullopt;
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

template <typename Query, typename Value>
std::optional<Value> DashboardService::answer(const Query &query, Value value)
{
    if (!query.errorString().isEmpty()) {
        m_error = tr("The dashboard could not be read: %1").arg(query.errorString());
        return std::nullopt;
    }
    return value;
}

std::optional<QMap<QString, int>> DashboardService::tierDistribution(const DashboardScope &scope)
{
    if (!authorise(scope))
        return std::nullopt;
    const TierDistributionQuery query(m_store);
    return answer(query, query.counts(scope));
}

std::optional<QMap<QString, int>> DashboardService::lifecycleDistribution(const DashboardScope &scope)
{
    if (!authorise(scope))
        return std::nullopt;
    const LifecycleDistributionQuery query(m_store);
    return answer(query, query.counts(scope));
}

std::optional<QList<AumMonthTotal>> DashboardService::aumTrend(const DashboardScope &scope,
                                                               const QDate &today)
{
    if (!authorise(scope))
        return std::nullopt;
    // Month-end snapshots: the current month has none until it ends.
    const AumTrendQuery query(m_store);
    return answer(query, query.months(scope, today.addMonths(-1), kTrendMonths));
}

std::optional<ReferralFunnel> DashboardService::referralFunnel(const DashboardScope &scope,
                                                               const QDate &today)
{
    if (!authorise(scope))
        return std::nullopt;
    const QDateTime since = today.addDays(-kReferralDays).startOfDay(QTimeZone::systemTimeZone());
    const ReferralFunnelQuery query(m_store);
    return answer(query, query.funnel(scope, since.toUTC()));
}

std::optional<QList<CallBatchOutcomes>> DashboardService::callOutcomes(const DashboardScope &scope)
{
    if (!authorise(scope))
        return std::nullopt;
    const CallOutcomeQuery query(m_store);
    return answer(query, query.latestBatches(scope, kCallBatches));
}

bool DashboardService::kycCoverage(const DashboardScope &scope, DashboardFigures &figures)
{
    if (!authorise(scope))
        return false;
    const KycCoverageQuery query(m_store);
    const auto perTier = answer(query, query.perTier(scope));
    const auto answered = answer(query, query.answeredPerQuestion(scope));
    if (!perTier || !answered)
        return false;
    int customers = 0;
    for (const KycTierCoverage &tier : *perTier)
        customers += tier.customers;
    figures.kycPerTier = *perTier;
    figures.kycPercentByCell =
            KycCellCoverage::percentByCell(KycQuestionBank::active(), *answered, customers);
    return true;
}

std::optional<DashboardFigures> DashboardService::load(const DashboardScope &scope,
                                                       const QDate &today)
{
    if (!authorise(scope))
        return std::nullopt;
    DashboardFigures figures;
    const auto tiers = tierDistribution(scope);
    const auto lifecycle = lifecycleDistribution(scope);
    const auto trend = aumTrend(scope, today);
    const auto referrals = referralFunnel(scope, today);
    const auto calls = callOutcomes(scope);
    if (!tiers || !lifecycle || !trend || !referrals || !calls || !kycCoverage(scope, figures))
        return std::nullopt;
    figures.tiers = *tiers;
    figures.lifecycle = *lifecycle;
    figures.aumTrend = *trend;
    figures.referrals = *referrals;
    figures.callBatches = *calls;
    return figures;
}

} // namespace bd
