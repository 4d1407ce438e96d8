#pragma once

#include "app/main/admin/AdminCommand.h"

namespace bd::admin {

// `customer export-data|erase|reveal|consent`: the customer's rights and consent, through
// PersonalDataRights, PersonalDataReveal and ConsentService (permission-checked, audited).
namespace CustomerPrivacyCommands {
std::unique_ptr<AdminCommand> exportData();
std::unique_ptr<AdminCommand> erase();
std::unique_ptr<AdminCommand> reveal();
std::unique_ptr<AdminCommand> consent();
} // namespace CustomerPrivacyCommands

} // namespace bd::admin
