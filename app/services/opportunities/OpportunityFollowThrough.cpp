#include "app/services/opportunities/OpportunityFollowThrough.h"

#include "app/services/core/AuditTrail.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/opportunities/OpportunityFollowThroughRepository.h"

#include <QJsonArray>

namespace bd {

namespace {
// Where the opportunity stands after the contact. No default: a new outcome does not
// compile until it says where it leaves the opportunity.
OpportunityStatus statusAfter(OpportunityOutcome outcome)
{
    switch (outcome) {
    case OpportunityOutcome::Interested: return OpportunityStatus::Contacted;
    case OpportunityOutcome::NoAnswer: return OpportunityStatus::Open; // still on Today
    case OpportunityOutcome::NotInterested:
    case OpportunityOutcome::Converted: return OpportunityStatus::Done;
    }
    Q_UNREACHABLE();
    return OpportunityStatus::Open;
}
} // namespace

OpportunityFollowThrough::OpportunityFollowThrough(Store &store, const Session &session)
    : m_store(store)
    , m_session(session)
{
}

Result<int> OpportunityFollowThrough::seen(const QList<OpportunityId> &shown, const QDateTime &at)
{
    if (shown.isEmpty())
        return 0;
    Transaction transaction(m_store.database());
    const Result<int> marked = OpportunityFollowThroughRepository(m_store).markSeen(
            shown, StaffId(m_session.user.id), at);
    if (!marked)
        return marked;
    if (Result<> committed = transaction.commit(); !committed)
        return committed.error();
    return marked;
}

Result<> OpportunityFollowThrough::contacted(const OpportunityId &id, OpportunityOutcome outcome,
                                             const QDateTime &at)
{
    if (!m_session.can(Permission::LogInteraction))
        return Error(m_session.refusal(Permission::LogInteraction));
    Transaction transaction(m_store.database());
    if (Result<> recorded = OpportunityFollowThroughRepository(m_store).recordContact(
                {id, StaffId(m_session.user.id), at, outcome, statusAfter(outcome)});
        !recorded)
        return recorded;
    if (!AuditTrail(m_store).record(&m_session, QStringLiteral("opportunity_contacted"),
                                    QStringLiteral("opportunity"), id.toString(),
                                    {{QStringLiteral("outcome"), WorkStates::code(outcome)}}))
        return Error(tr("The contact could not be audited."));
    return transaction.commit();
}

Result<int> OpportunityFollowThrough::escalateOverdue(const QDateTime &at)
{
    Transaction transaction(m_store.database());
    const Result<QList<OpportunityId>> escalated
            = OpportunityFollowThroughRepository(m_store).escalateOverdue(
                    BranchId(m_session.branch.id), at);
    if (!escalated)
        return escalated.error();
    if (escalated->isEmpty())
        return 0;
    QJsonArray ids;
    for (const OpportunityId &id : *escalated)
        ids << id.toString();
    if (!AuditTrail(m_store).record(&m_session, QStringLiteral("opportunity_escalated"),
                                    QStringLiteral("opportunity"), {},
                                    {{QStringLiteral("opportunities"), ids}}))
        return Error(tr("The escalation could not be audited."));
    if (Result<> committed = transaction.commit(); !committed)
        return committed.error();
    return int(escalated->size());
}

} // namespace bd
