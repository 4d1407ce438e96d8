#pragma once

#include "app/common/SyncChange.h"
#include "app/domain/Ids.h"
#include "app/domain/Result.h"

#include <QList>

namespace bd {

class ServerDatabase;

// A customer moved away leaves the rows that stay with their old branch (a referral, a
// lobby visit) without a link to them on every workstation there (MovedCustomers). Once the
// move is filed in the old branch's log, the log says the same: an entry filed before it
// (made before the move was seen, or re-sent before the move after a restore) no longer
// names the customer, so a workstation downloading the branch afresh and the server's view
// of it agree with the workstations that dropped the customer (issue 13, open item 11).
class MovedCustomerLinks
{
public:
    explicit MovedCustomerLinks(const ServerDatabase &database)
        : m_database(database)
    {
    }

    // After `stored` was filed in `branch`'s log: the moves away among them clear the links
    // of that log's staying rows to their customers.
    Result<> afterAppend(const BranchId &branch, const QList<SyncChange> &stored) const;

private:
    Result<> unlink(const BranchId &branch, const QString &customerId) const;

    const ServerDatabase &m_database;
};

} // namespace bd
