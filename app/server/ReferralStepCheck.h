#pragma once

#include "app/common/SyncChange.h"
#include "app/server/LoggedRowField.h"
#include "app/server/SignedInStaff.h"
#include "app/domain/StaffRole.h"

#include <QString>

namespace bd::ReferralStepCheck {

using RowField = LoggedRowField;

// The server's own check of a pushed step of a referral (referral_transition): a step names
// no one but the caller as who made it (staff_id: the caller's by SignedInStaff, the same
// test as a void's author - the log's staff row, or for an imported roster the branch's
// registered accounts; or none, as the escalation sweep writes), and the lobby's "seen
// again" step (from_status == to_status: the customer came back while their referral was
// open) is the lobby manager's or the branch head's only (ReferralStepRules, as the desk),
// though every role that may create referrals writes steps. An erasure's blanking (the note
// alone) and a moving customer's copies are not steps made here. Empty when the change may
// be stored.
QString refusal(const SignedInStaff &caller, StaffRole callerRole, const SyncChange &change,
                const RowField &field);

} // namespace bd::ReferralStepCheck
