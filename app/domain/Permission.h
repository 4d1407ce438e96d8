#pragma once

#include "StaffRole.h"

#include <QString>

namespace bd {

// What a signed-in user may do. Services check these; the UI only hides what a service
// would refuse anyway. The matrix is documented in docs/ARCHITECTURE.md.
enum class Permission {
    ViewCustomers,
    EditCustomerProfile,
    RevealPersonalData,
    ExportUnmasked,
    LogLobbyVisit,
    CreateReferral,
    RunTellerFlow,
    LogInteraction,
    RunKyc,
    ManageSegments,
    AssignCallLists,
    ViewBranchDashboard,
    ManageUsers,
    ViewAudit,
};

namespace Permissions {
bool roleHas(StaffRole role, Permission permission);
QString code(Permission permission);
QString label(Permission permission); // translated, for refusal messages
} // namespace Permissions

} // namespace bd
