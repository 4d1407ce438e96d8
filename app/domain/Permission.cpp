#include "app/domain/Permission.h"

#include <QCoreApplication>

namespace bd::Permissions {

bool roleHas(StaffRole role, Permission permission)
{
    using P = Permission;
    switch (role) {
    case StaffRole::LobbyManager:
        return permission == P::ViewCustomers || permission == P::LogLobbyVisit
                || permission == P::CreateReferral || permission == P::LogInteraction;
    case StaffRole::Teller:
        return permission == P::ViewCustomers || permission == P::RunTellerFlow
                || permission == P::CreateReferral || permission == P::RecommendProducts;
    case StaffRole::WealthManager:
        return permission == P::ViewCustomers || permission == P::EditCustomerProfile
                || permission == P::RevealPersonalData || permission == P::CreateReferral
                || permission == P::LogInteraction || permission == P::RunKyc
                || permission == P::ManageConsent || permission == P::ManageHouseholds
                || permission == P::RecommendProducts || permission == P::SellProducts;
    case StaffRole::BranchHead:
        // Including ExportUnmasked: the head answers for the branch's customer data and
        // already reveals and exports one customer's data; each such export is audited.
        return permission != P::ManageUsers && permission != P::RunTellerFlow;
    case StaffRole::Admin:
        // Administrators run the workstation, not customer relationships: they see who
        // the customers are (masked) but may not reveal or export their personal data.
        // Bulk loads from core banking are an operations task, hence ImportData.
        // The product shelf is the bank's reference data, loaded like an import.
        return permission == P::ManageUsers || permission == P::ViewAudit
                || permission == P::ViewCustomers || permission == P::ImportData
                || permission == P::ManageProductShelf;
    }
    return false;
}

QList<Permission> all()
{
    using P = Permission;
    return {P::ViewCustomers,      P::EditCustomerProfile, P::RevealPersonalData,
            P::ExportUnmasked,     P::LogLobbyVisit,       P::CreateReferral,
            P::RunTellerFlow,      P::LogInteraction,      P::RunKyc,
            P::ManageSegments,     P::AssignCallLists,     P::ViewBranchDashboard,
            P::ManageUsers,        P::ViewAudit,           P::ManageConsent,
            P::ExportPersonalData, P::ErasePersonalData,   P::ImportData,
            P::TransferCustomer,   P::ManageHouseholds,    P::RecommendProducts,
            P::SellProducts,       P::ManageProductShelf};
}

QString code(Permission permission)
{
    switch (permission) {
    case Permission::ViewCustomers: return QStringLiteral("view_customers");
    case Permission::EditCustomerProfile: return QStringLiteral("edit_customer_profile");
    case Permission::RevealPersonalData: return QStringLiteral("reveal_personal_data");
    case Permission::ExportUnmasked: return QStringLiteral("export_unmasked");
    case Permission::LogLobbyVisit: return QStringLiteral("log_lobby_visit");
    case Permission::CreateReferral: return QStringLiteral("create_referral");
    case Permission::RunTellerFlow: return QStringLiteral("run_teller_flow");
    case Permission::LogInteraction: return QStringLiteral("log_interaction");
    case Permission::RunKyc: return QStringLiteral("run_kyc");
    case Permission::ManageSegments: return QStringLiteral("manage_segments");
    case Permission::AssignCallLists: return QStringLiteral("assign_call_lists");
    case Permission::ViewBranchDashboard: return QStringLiteral("view_branch_dashboard");
    case Permission::ManageUsers: return QStringLiteral("manage_users");
    case Permission::ViewAudit: return QStringLiteral("view_audit");
    case Permission::ManageConsent: return QStringLiteral("manage_consent");
    case Permission::ExportPersonalData: return QStringLiteral("export_personal_data");
    case Permission::ErasePersonalData: return QStringLiteral("erase_personal_data");
    case Permission::ImportData: return QStringLiteral("import_data");
    case Permission::TransferCustomer: return QStringLiteral("transfer_customer");
    case Permission::ManageHouseholds: return QStringLiteral("manage_households");
    case Permission::RecommendProducts: return QStringLiteral("recommend_products");
    case Permission::SellProducts: return QStringLiteral("sell_products");
    case Permission::ManageProductShelf: return QStringLiteral("manage_product_shelf");
    }
    return {};
}

QString label(Permission permission)
{
    const char *text = "";
    switch (permission) {
    case Permission::ViewCustomers: text = QT_TRANSLATE_NOOP("Permission", "view customers"); break;
    case Permission::EditCustomerProfile: text = QT_TRANSLATE_NOOP("Permission", "edit customer profiles"); break;
    case Permission::RevealPersonalData: text = QT_TRANSLATE_NOOP("Permission", "reveal personal data"); break;
    case Permission::ExportUnmasked: text = QT_TRANSLATE_NOOP("Permission", "export unmasked data"); break;
    case Permission::LogLobbyVisit: text = QT_TRANSLATE_NOOP("Permission", "log lobby visits"); break;
    case Permission::CreateReferral: text = QT_TRANSLATE_NOOP("Permission", "create referrals"); break;
    case Permission::RunTellerFlow: text = QT_TRANSLATE_NOOP("Permission", "run the teller flow"); break;
    case Permission::LogInteraction: text = QT_TRANSLATE_NOOP("Permission", "log interactions"); break;
    case Permission::RunKyc: text = QT_TRANSLATE_NOOP("Permission", "run KYC"); break;
    case Permission::ManageSegments: text = QT_TRANSLATE_NOOP("Permission", "manage segments"); break;
    case Permission::AssignCallLists: text = QT_TRANSLATE_NOOP("Permission", "assign call lists"); break;
    case Permission::ViewBranchDashboard: text = QT_TRANSLATE_NOOP("Permission", "view the branch dashboard"); break;
    case Permission::ManageUsers: text = QT_TRANSLATE_NOOP("Permission", "manage users"); break;
    case Permission::ViewAudit: text = QT_TRANSLATE_NOOP("Permission", "view the audit log"); break;
    case Permission::ManageConsent: text = QT_TRANSLATE_NOOP("Permission", "record customer consent"); break;
    case Permission::ExportPersonalData: text = QT_TRANSLATE_NOOP("Permission", "export a customer's personal data"); break;
    case Permission::ErasePersonalData: text = QT_TRANSLATE_NOOP("Permission", "erase a customer's personal data"); break;
    case Permission::ImportData: text = QT_TRANSLATE_NOOP("Permission", "import data from core banking"); break;
    case Permission::TransferCustomer: text = QT_TRANSLATE_NOOP("Permission", "move customers to another branch"); break;
    case Permission::ManageHouseholds: text = QT_TRANSLATE_NOOP("Permission", "manage households"); break;
    case Permission::RecommendProducts: text = QT_TRANSLATE_NOOP("Permission", "recommend products"); break;
    case Permission::SellProducts: text = QT_TRANSLATE_NOOP("Permission", "record product sales"); break;
    case Permission::ManageProductShelf: text = QT_TRANSLATE_NOOP("Permission", "manage the product shelf"); break;
    }
    return QCoreApplication::translate("Permission", text);
}

} // namespace bd::Permissions
