#pragma once

#include "app/domain/Ids.h"
#include "app/domain/Result.h"
#include "app/domain/WorkStates.h"
#include "app/rules/Opportunity.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace bd {

class Store;

// What the desk writes on an opportunity (issue #17, docs/EVENTS.md): the first sight of it
// in Today and the contact's outcome, each with its change for sync. Call inside a
// transaction.
class OpportunityFollowThroughRepository
{
public:
    explicit OpportunityFollowThroughRepository(Store &store);

    // Marks those of `ids` nobody saw yet as seen by `staff` at `at`; how many it marked.
    Result<int> markSeen(const QList<OpportunityId> &ids, const StaffId &staff, const QDateTime &at);

    struct Contact
    {
        OpportunityId id;
        StaffId staff;
        QDateTime at;
        OpportunityOutcome outcome = OpportunityOutcome::NoAnswer;
        OpportunityStatus status = OpportunityStatus::Open; // after the contact
    };
    // The contact, on an open or contacted opportunity; an error if there is none such.
    Result<> recordContact(const Contact &contact);
    // Marks the branch's open opportunities whose deadline passed before `at` escalated;
    // their ids.
    Result<QList<OpportunityId>> escalateOverdue(const BranchId &branch, const QDateTime &at);

private:
    Store &m_store;
};

} // namespace bd
