#pragma once

#include "app/domain/StaffRole.h"

#include <QString>

namespace bd {

// Which role may push changes to which synchronised table: the server's own check, so
// that a workstation (or anything pretending to be one) cannot write outside its role.
namespace SyncAuthorisation {
bool mayWrite(StaffRole role, const QString &table);
// Moving a customer to another branch: the customer's branch change, and the copies of their
// rows for the new branch (only tables that travel with a customer).
bool mayTransfer(StaffRole role, const QString &table);
} // namespace SyncAuthorisation

} // namespace bd
