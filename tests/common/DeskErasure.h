#pragma once

// A customer's personal data erased at one workstation as the admin's erasure does it
// (CustomerDataSweep, in one transaction), for the sync tests that follow the erasure to
// the other desks and the server.
#include "app/domain/Ids.h"
#include "app/domain/Result.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/privacy/CustomerDataSweep.h"

namespace bd::test {

// The rows erased, or why not (nothing is then changed).
inline Result<int> eraseAtDesk(Store &desk, const QString &customer)
{
    Transaction transaction(desk.database());
    const Result<int> erased = CustomerDataSweep(desk).erase(CustomerId(customer));
    if (!erased)
        return erased;
    if (Result<> committed = transaction.commit(); !committed)
        return committed.error();
    return erased;
}

} // namespace bd::test
