#pragma once

#include "app/common/SyncChange.h"
#include "app/domain/StaffRole.h"

#include <QString>

namespace bd {

// The server's per-operation, per-field check of a pushed change (issue 14, found 5), on
// top of SyncAuthorisation's per-table one: the same validation the workstation does
// (app/domain: ID number check digit, mobile number, amounts, enumerations), and the
// operations and fields that belong to a role and not merely to the table - erasing or
// deleting a customer (erase_personal_data: the branch head), tier and AUM (they come from
// core banking: import_data), whose book a customer is in (assign_call_lists). The
// answer is the reason in words for the sender, empty when the change may be stored.
namespace ChangeValidation {
QString refusal(StaffRole role, const SyncChange &change);
} // namespace ChangeValidation

} // namespace bd
