#pragma once

#include "app/common/SyncChange.h"
#include "app/server/LoggedRowField.h"
#include "app/server/SignedInStaff.h"
#include "app/domain/StaffRole.h"

#include <QDateTime>
#include <QString>

namespace bd::ContactVoidCheck {

using RowField = LoggedRowField;

// How long a desk may have been offline with a void it made, beyond ContactVoidRules::
// kWindowDays: a void's own stamp is the desk's, so the server also bounds the contact's age
// by its own clock (docs/CALLS.md).
constexpr int kOfflineDays = 7;

// The server's own check of a pushed void of a contact (issue #15, F10), so an account that
// may write contacts cannot void another manager's: the void names its author (voided_by), who
// must be the signed-in caller (`caller`); only the contact's author or the branch head voids
// it, within ContactVoidRules::kWindowDays of the contact; a void is final (never taken back or
// rewritten) and carries a reason. Erasure may blank the reason. `field` reads the contact as
// the log holds it with the push's earlier changes (PushedRowField). Empty when the change may
// be stored.
QString refusal(const SignedInStaff &caller, StaffRole callerRole, const SyncChange &change,
                const RowField &field, const QDateTime &now);

} // namespace bd::ContactVoidCheck
