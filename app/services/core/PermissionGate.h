#pragma once

#include "app/domain/Permission.h"
#include "app/domain/Result.h"

#include <QString>

namespace bd {

class Store;
struct Session;

namespace PermissionGate {
// Ok if the session holds the permission; otherwise writes a permission_refused audit
// entry in its own transaction and returns the refusal (translated). Call it before opening
// the transaction of the work it guards.
Result<> require(Store &store, const Session &session, Permission permission);
} // namespace PermissionGate

} // namespace bd
