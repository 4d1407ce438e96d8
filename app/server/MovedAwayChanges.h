#pragma once

#include "app/common/SyncChange.h"
#include "app/domain/Ids.h"

namespace bd {

class CustomerHomes;

// A change of a customer who has moved away from the pushing branch, made on one of its
// workstations before it saw the move (issue 13, fault run defect 3). The old branch's
// workstations have dropped the customer, so such a change would be refused by each of them
// and split the branch. Instead the customer's changes follow the customer: a row that
// travels with them (CustomerMoveTables) goes to the new branch's log, without the old
// branch and manager on the customer row itself; a row that stays with the old branch (a
// referral, a lobby visit) stays there without its link, as the old branch's workstations
// keep theirs (MovedCustomers). Any other change is filed in the pushing branch's log.
namespace MovedAwayChanges {

// The branch whose log takes `change` pushed by `pushingBranch`; `change` is rewritten as
// it is to be filed.
BranchId route(const CustomerHomes &homes, const BranchId &pushingBranch, SyncChange &change);

} // namespace MovedAwayChanges
} // namespace bd
