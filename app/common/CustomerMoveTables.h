#pragma once

#include <QStringList>

namespace bd::CustomerMoveTables {

// The tables whose rows travel with a customer moved to another branch, parents before
// children (the new branch inserts them in order): the customer's own rows and the
// catalogue entries of their tags. Shared by the workstation that records the copies
// (CustomerTransferCopy) and the server that checks them (SyncAuthorisation).
const QStringList &tables();

} // namespace bd::CustomerMoveTables
