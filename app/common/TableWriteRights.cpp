#include "app/common/TableWriteRights.h"

#include "app/domain/Permission.h"

namespace bd::TableWriteRights {

bool mayWrite(StaffRole role, const QString &table)
{
    auto can = [role](Permission permission) { return Permissions::roleHas(role, permission); };
    if (table == QLatin1String("audit_log"))
        return false; // audit entries go to /v1/audit, checked and bound to their sender
    if (table == QLatin1String("branch") || table == QLatin1String("staff_user"))
        return can(Permission::ManageUsers);
    if (table == QLatin1String("customer") || table == QLatin1String("holding"))
        return can(Permission::EditCustomerProfile) || can(Permission::ImportData)
                || can(Permission::ErasePersonalData);
    if (table == QLatin1String("consent_record"))
        return can(Permission::ManageConsent) || can(Permission::ErasePersonalData);
    if (table == QLatin1String("interaction") || table == QLatin1String("care_task")
        || table == QLatin1String("customer_tag") || table == QLatin1String("tag"))
        return can(Permission::LogInteraction) || can(Permission::RunKyc);
    // What was heard in a note travels with the note: whoever may write one of the notes.
    if (table == QLatin1String("voice_finding"))
        return can(Permission::LogInteraction) || can(Permission::RunKyc)
                || can(Permission::CreateReferral);
    if (table == QLatin1String("voice_review"))
        return can(Permission::LogInteraction) || can(Permission::RunKyc);
    if (table == QLatin1String("kyc_session") || table == QLatin1String("kyc_answer")
        || table == QLatin1String("kyc_field") || table == QLatin1String("fund_arrival"))
        return can(Permission::RunKyc);
    if (table == QLatin1String("lobby_visit"))
        return can(Permission::LogLobbyVisit);
    if (table == QLatin1String("referral") || table == QLatin1String("referral_check")
        || table == QLatin1String("referral_transition"))
        return can(Permission::CreateReferral);
    // Whoever meets customers raises opportunities and follows them through (issue #17);
    // ChangeValidation keeps what the rule wrote as it was.
    if (table == QLatin1String("opportunity"))
        return can(Permission::LogInteraction) || can(Permission::RunTellerFlow)
                || can(Permission::LogLobbyVisit) || can(Permission::ErasePersonalData);
    // The events a desk raised: whoever raises them (the teller, the lobby, the caller).
    if (table == QLatin1String("marketing_event"))
        return can(Permission::LogInteraction) || can(Permission::RunTellerFlow)
                || can(Permission::LogLobbyVisit) || can(Permission::ErasePersonalData);
    // The branch's rules: the branch head, who also draws its segments (a rule's customers
    // are segment conditions).
    if (table == QLatin1String("marketing_rule_set") || table == QLatin1String("marketing_rule"))
        return can(Permission::ManageSegments);
    if (table == QLatin1String("teller_session"))
        return can(Permission::RunTellerFlow);
    if (table == QLatin1String("segment"))
        return can(Permission::ManageSegments);
    // The event rules' changes: the branch head's alone (issue #17), like the segments
    // whose conditions the rules reuse. ChangeValidation reads each rule.
    if (table == QLatin1String("marketing_rule"))
        return can(Permission::ManageSegments);
    if (table == QLatin1String("call_list"))
        return can(Permission::AssignCallLists);
    if (table == QLatin1String("call_task"))
        return can(Permission::AssignCallLists) || can(Permission::LogInteraction);
    // Erasure and moves take a customer out of their household.
    if (table == QLatin1String("household") || table == QLatin1String("household_member")
        || table == QLatin1String("household_dismissal"))
        return can(Permission::ManageHouseholds) || can(Permission::ErasePersonalData)
                || can(Permission::TransferCustomer);
    if (table == QLatin1String("product_shelf"))
        return can(Permission::ManageProductShelf);
    if (table == QLatin1String("product_offer"))
        return can(Permission::RecommendProducts) || can(Permission::SellProducts);
    if (table == QLatin1String("product_sale"))
        return can(Permission::SellProducts);
    return false;
}

bool maySendErasureOf(StaffRole role, const QString &table)
{
    if (table == QLatin1String("opportunity"))
        return Permissions::roleHas(role, Permission::ErasePersonalData);
    return mayWrite(role, table);
}

} // namespace bd::TableWriteRights
