#include "app/services/opportunities/BranchOpportunityDesk.h"

#include "app/services/core/AuditTrail.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/opportunities/OpportunityAssignmentRepository.h"

namespace bd {

BranchOpportunityDesk::BranchOpportunityDesk(Store &store, const Session &session)
    : m_store(store)
    , m_session(session)
{
}

Result<BranchOpportunityDesk::Board> BranchOpportunityDesk::board(const QDateTime &now) const
{
    if (!m_session.can(Permission::ViewBranchDashboard))
        return Error(m_session.refusal(Permission::ViewBranchDashboard));
    const BranchOpportunityQueries queries(m_store);
    Result<QList<BranchOpportunity>> pool = queries.pool();
    if (!pool)
        return pool.error();
    Result<QList<BranchOpportunity>> complaints = queries.forBranchHead();
    if (!complaints)
        return complaints.error();
    Result<QList<BranchOpportunity>> held = queries.heldOrWaiting(now);
    if (!held)
        return held.error();
    Result<QList<BranchOpportunity>> escalated = queries.escalated();
    if (!escalated)
        return escalated.error();
    return Board{*pool, *complaints, *held, *escalated,
                 CallQueries(m_store).wealthManagers(m_session.branch.id)};
}

Result<QList<RuleFigures>> BranchOpportunityDesk::figuresPerRule(const QDateTime &from) const
{
    if (!m_session.can(Permission::ViewBranchDashboard))
        return Error(m_session.refusal(Permission::ViewBranchDashboard));
    return BranchOpportunityQueries(m_store).perRule(from);
}

Result<> BranchOpportunityDesk::assign(const OpportunityId &id, const StaffId &manager)
{
    if (!m_session.can(Permission::AssignCallLists))
        return Error(m_session.refusal(Permission::AssignCallLists));
    OpportunityAssignmentRepository repository(m_store);
    const Result<bool> manages = repository.isActiveManager(manager, BranchId(m_session.branch.id));
    if (!manages)
        return manages.error();
    if (!*manages)
        return Error(tr("Only an active wealth manager of this branch can take an opportunity."));
    Transaction transaction(m_store.database());
    if (Result<> assigned = repository.assign(id, manager); !assigned)
        return Error(tr("This opportunity is no longer in the branch pool: someone may have "
                        "taken it already. Refresh and try again."));
    if (!AuditTrail(m_store).record(&m_session, QStringLiteral("opportunity_assigned"),
                                    QStringLiteral("opportunity"), id.toString(),
                                    {{QStringLiteral("assigned_to"), manager.toString()}}))
        return Error(tr("The hand-out could not be audited."));
    return transaction.commit();
}

} // namespace bd
