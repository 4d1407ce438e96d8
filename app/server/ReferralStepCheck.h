#pragma once

#include "app/common/SyncChange.h"
#include "app/server/LoggedRowField.h"
#include "app/domain/StaffRole.h"

#include <QString>

namespace bd::ReferralStepCheck {

using RowField = LoggedRowField;

// The server's own check of a pushed step of a referral (referral_transition): a step names
// no one but the caller as who made it (staff_id: a staff row whose user name the branch's
// log has is the caller's; none, as the escalation sweep writes; or one the log does not
// know, as an imported roster's: see docs/CALLS.md's known gap), and the lobby's "seen
// again" step (from_status == to_status: the customer came back while their referral was
// open) is the lobby manager's or the branch head's only (ReferralStepRules, as the desk),
// though every role that may create referrals writes steps. An erasure's blanking (the note
// alone) and a moving customer's copies are not steps made here. Empty when the change may
// be stored.
QString refusal(const QString &callerName, StaffRole callerRole, const SyncChange &change,
                const RowField &field);

} // namespace bd::ReferralStepCheck
