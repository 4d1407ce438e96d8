#pragma once

#include "app/domain/Ids.h"
#include "app/domain/Result.h"
#include "app/rules/LocalText.h"
#include "app/rules/Opportunity.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace bd {

class Store;

// An open opportunity as its recipient reads it: whom to contact, which rule, why, by when.
struct OpenOpportunity
{
    OpportunityId id;
    CustomerId customerId;
    QString customerName;
    QString cifNo;
    QString ruleId;
    LocalText title;       // the rule's own wording
    QString purpose;       // marketing | service
    QString reason;        // in the reader's language (OpportunityReason)
    QString assignedRole;  // manager | branch_head | pool
    int priority = 0;
    QDateTime createdAt;
    QDateTime deadline;    // invalid: none
    bool escalated = false; // past its deadline: in every manager's Today and the head's
};

// The opportunities table as the desk reads it; rows arrive through sync.
class OpportunityQueries
{
public:
    explicit OpportunityQueries(Store &store);

    // The open opportunities of `staff`: those assigned to them, and for a branch head also
    // those for the branch head and the branch pool, and the escalated ones of anyone (as
    // escalated referrals are in every manager's queue). Earliest deadline first.
    Result<QList<OpenOpportunity>> openFor(const StaffId &staff, bool branchHead) const;

private:
    Store &m_store;
};

} // namespace bd
