#pragma once

#include "app/common/SyncChange.h"
#include "app/domain/StaffRole.h"

#include <QString>

namespace bd {

// Which role may push changes to which synchronised table: the server's own check, so
// that a workstation (or anything pretending to be one) cannot write outside its role. The
// table rule is TableWriteRights (app/common), which desks ask too (F32).
namespace SyncAuthorisation {
bool mayWrite(StaffRole role, const QString &table);
// The same for one change; besides, every role that received a row the server made itself
// (an opportunity of origin server) may send it back after a restore (F31): whether it is
// the server's own as made is ChangeValidation's check.
bool mayWrite(StaffRole role, const SyncChange &change);
// Moving a customer to another branch: the customer's branch change, and the copies of their
// rows for the new branch (only tables that travel with a customer).
bool mayTransfer(StaffRole role, const QString &table);
} // namespace SyncAuthorisation

} // namespace bd
