#pragma once

#include "app/domain/StaffRole.h"

#include <QList>
#include <QString>

namespace bd {

// What a signed-in user may do. Services check these; the UI only hides what a service
// would refuse anyway. The matrix is documented in docs/PRIVACY.md (checked by tst_permission_matrix).
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
    ManageConsent,      // record a customer's consent or its withdrawal
    ExportPersonalData, // export one customer's data for them (right of access)
    ErasePersonalData,  // erase/anonymise one customer on request
    ImportData,         // import customers and holdings from a core-banking export
    TransferCustomer,   // move a customer to another branch (with their history)
    ManageHouseholds,   // link customers into households, name the head, act on suggestions
    RecommendProducts,  // record a recommendation and the customer's answer (suitability gate)
    SellProducts,       // record a sale of a product (suitability gate)
    ManageProductShelf, // load the branch's product shelf, set how long a declined offer rests
};

namespace Permissions {
bool roleHas(StaffRole role, Permission permission);
QList<Permission> all(); // in declaration order: documentation and table-driven tests
QString code(Permission permission);
QString label(Permission permission); // translated, for refusal messages
} // namespace Permissions

} // namespace bd
