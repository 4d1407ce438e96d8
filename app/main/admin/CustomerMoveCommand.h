#pragma once

#include "app/main/admin/AdminCommand.h"

namespace bd::admin {

// `customer move ID --to BRANCH --reason TEXT`: moves a customer to another branch through
// CustomerTransferService (transfer_customer permission, audited).
std::unique_ptr<AdminCommand> customerMoveCommand();

} // namespace bd::admin
