#pragma once

#include "app/domain/Permission.h"

#include <QString>

namespace bd {

class Store;
struct Session;

namespace PermissionGate {
// True if the session holds the permission; otherwise sets *refusal (translated), writes
// a permission_refused audit entry in its own transaction and returns false. Call it
// before opening the transaction of the work it guards.
bool require(Store &store, const Session &session, Permission permission, QString *refusal);
} // namespace PermissionGate

} // namespace bd
