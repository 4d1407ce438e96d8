#pragma once

#include <QString>

namespace bd {

// The workstation's own database file, shared by branchdesk and branchdesk-admin:
// <generic data location>/BranchDesk/branchdesk/branchdesk.db (what AppDataLocation gives
// for organization "BranchDesk" and application "branchdesk"). Computed from the names
// explicitly, so it sets nothing global and does not depend on the calling program's name.
QString defaultDatabasePath();

} // namespace bd
