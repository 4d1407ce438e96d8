#pragma once

#include "app/common/SyncChange.h"
#include "app/domain/Ids.h"
#include "app/server/CustomerHomes.h"

#include <QHash>

#include <functional>

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
    // A KYC answer names its interview, not the customer, and an edit or a delete of a row
    // that travels with the customer may name nobody: `rowCustomer` finds the customer of a
    // row the server filed before (an interview in the same push is known from it), so that
    // the answer follows the interview and the edit its row (issue 13, open item 9).
    using RowCustomer = std::function<QString(const QString &table, const QString &rowId)>;
    MovedAwayChanges(const CustomerHomes &homes, RowCustomer rowCustomer)
        : m_homes(homes)
        , m_rowCustomer(std::move(rowCustomer))
    {
    }

    // The branch whose log takes `change` pushed by `pushingBranch`; `change` is rewritten
    // as it is to be filed.
    BranchId route(const BranchId &pushingBranch, SyncChange &change);

private:
    QString customerNamedBy(const SyncChange &change);

    const CustomerHomes &m_homes;
    RowCustomer m_rowCustomer;
    QHash<QString, QString> m_rowCustomers; // "table/row id" -> customer id, per push
    // Per push: a day's edits name few customers many times.
    QHash<CustomerId, std::optional<CustomerHomes::Home>> m_known;
};

} // namespace bd
