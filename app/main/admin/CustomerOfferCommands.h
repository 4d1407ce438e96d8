#pragma once

#include "app/main/admin/AdminCommand.h"

namespace bd::admin::CustomerOfferCommands {
// `customer offers ID [--json] [--counter]`: the customer's next best offers with their
// reasons, as the 360 shows them (issue #20).
std::unique_ptr<AdminCommand> offers();
// `customer sell ID PRODUCT --amount N [--channel C] [--recording REF]
// [--elderly-confirmation REF]`: records a sale through the suitability gate; a refusal is
// printed with its reasons and exits with status 1.
std::unique_ptr<AdminCommand> sell();
// `customer household ID [--json]`: the customer's household, its standing and the
// suggested links.
std::unique_ptr<AdminCommand> household();
} // namespace bd::admin::CustomerOfferCommands
