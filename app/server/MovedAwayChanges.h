#pragma once

#include "app/common/SyncChange.h"
#include "app/domain/Ids.h"
#include "app/server/CustomerHomes.h"

#include <QHash>

#include <optional>

namespace bd {

// A change of a customer who has moved away from the pushing branch, made on one of its
// workstations before it saw the move (issue 13, fault run defect 3). The old branch's
// workstations have dropped the customer, so such a change would be refused by each of them
// and split the branch. Instead the customer's changes follow the customer: a row that
// travels with them (CustomerMoveTables) goes to the new branch's log, without the old
// branch and manager on the customer row itself; a row that stays with the old branch (a
// referral, a lobby visit) stays there without its link, as the old branch's workstations
// keep theirs (MovedCustomers). Any other change is filed in the pushing branch's log.
class MovedAwayChanges
{
public:
    explicit MovedAwayChanges(const CustomerHomes &homes)
        : m_homes(homes)
    {
    }

    // The branch whose log takes `change` pushed by `pushingBranch`; `change` is rewritten
    // as it is to be filed.
    BranchId route(const BranchId &pushingBranch, SyncChange &change);

private:
    const CustomerHomes &m_homes;
    // Per push: a day's edits name few customers many times.
    QHash<CustomerId, std::optional<CustomerHomes::Home>> m_known;
};

} // namespace bd
