#pragma once

#include "app/common/SyncChange.h"
#include "app/domain/Ids.h"
#include "app/domain/Result.h"

#include <QString>

namespace bd {

class Store;

// The version numbers of a customer's KYC interviews, the same on every workstation (issue
// 13, open defect 4 of the fault run): two workstations offline may each open version N
// of one customer, and UNIQUE(customer_id, version_no) then set the second interview aside
// everywhere else. A version number is therefore not taken as sent but derived from one
// order of the customer's sessions, known to every copy that holds them: when the session
// started, then its id. Numbers may move up by one when an earlier interview arrives.
class KycVersionOrder
{
public:
    explicit KycVersionOrder(Store &store);

    // A version number no session of a customer holds while renumber() has not run: for a
    // session row inserted just before it.
    static constexpr int kUnnumbered = -1;

    // Numbers the customer's sessions 1, 2, ... in the order above. Inside the caller's
    // transaction; nothing is recorded for sync (every copy derives the same numbers).
    Result<> renumber(const CustomerId &customerId);
    // The same for the customer of a pulled session row just inserted.
    Result<> renumberOf(const SyncChange &session);

    // For a pulled change: a session row's sent number is dropped (an existing row keeps
    // its own) or, for a new row, replaced by kUnnumbered. True if it was a session's.
    static bool takeNumberOut(SyncChange &change, bool rowExists);

private:
    Store &m_store;
};

} // namespace bd
