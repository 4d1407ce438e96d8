#pragma once

#include "app/domain/Result.h"
#include "app/domain/WorkStates.h"
#include "app/rules/Opportunity.h"
#include "app/services/core/Session.h"

#include <QCoreApplication>
#include <QDateTime>

namespace bd {

class Store;

// Following an opportunity through (issue #17, docs/EVENTS.md): its recipient's first sight
// of it in Today, and the contact with what came of it. Both are changes of the row that
// reach the other desks and the server through sync; the contact is audited.
class OpportunityFollowThrough
{
    Q_DECLARE_TR_FUNCTIONS(OpportunityFollowThrough)

public:
    OpportunityFollowThrough(Store &store, const Session &session);

    // The ones of `shown` nobody saw before are now seen by the person signed in; how many.
    Result<int> seen(const QList<OpportunityId> &shown,
                     const QDateTime &at = QDateTime::currentDateTimeUtc());
    // no_answer keeps it open (on Today); interested makes it contacted, not_interested and
    // converted done: off Today either way.
    Result<> contacted(const OpportunityId &id, OpportunityOutcome outcome,
                       const QDateTime &at = QDateTime::currentDateTimeUtc());

    // Escalates the branch's open opportunities past their deadline, as overdue referrals
    // escalate (called where ReferralDesk::escalateOverdue is): they then show in every
    // manager's Today and the branch head's. Audited; how many.
    Result<int> escalateOverdue(const QDateTime &at = QDateTime::currentDateTimeUtc());

private:
    Store &m_store;
    Session m_session;
};

} // namespace bd
