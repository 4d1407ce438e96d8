#pragma once

#include "app/domain/Ids.h"
#include "app/domain/Result.h"
#include "app/rules/Opportunity.h"

namespace bd {

class Store;

// The branch head hands a pool opportunity (a customer without a manager) to a wealth
// manager (issue #17): the row becomes the manager's, with its change for sync, so it is on
// the manager's Today after their next pull. Call inside a transaction.
class OpportunityAssignmentRepository
{
public:
    explicit OpportunityAssignmentRepository(Store &store);

    // An error if the opportunity is not an open one of the pool.
    Result<> assign(const OpportunityId &id, const StaffId &manager);
    // Whether `staff` is an active wealth manager of `branch`.
    Result<bool> isActiveManager(const StaffId &staff, const BranchId &branch) const;

private:
    Store &m_store;
};

} // namespace bd
