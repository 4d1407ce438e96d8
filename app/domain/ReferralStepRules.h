#pragma once

#include "app/domain/StaffRole.h"

namespace bd::ReferralStepRules {

// Who notes a customer seen again on their open referral (a step from its state to itself,
// ReferralDesk::noteSeenAgainInTransaction): the lobby, where customers are seen walking in,
// that is the lobby manager or the branch head. Every role that may create referrals writes
// other steps; a teller's desk noting "seen again" on any open referral would tell a manager
// of visits nobody saw. The desk and the server (ReferralStepCheck) use this one rule.
inline bool mayNoteSeenAgain(StaffRole role)
{
    return role == StaffRole::LobbyManager || role == StaffRole::BranchHead;
}

} // namespace bd::ReferralStepRules
