#pragma once

#include "app/domain/WorkStates.h"

#include <QList>

namespace bd {

// The states of a potential-VIP referral and the only moves between them:
//   logged -> accepted -> contacted -> met -> converted
//   any open state -> declined | expired
// Converted, declined and expired are final. The stored codes are WorkStates' business.
namespace ReferralLifecycle {
QList<ReferralState> states();     // in flow order
QList<ReferralState> openStates(); // logged, accepted, contacted, met
bool isOpen(ReferralState state);
bool isFinal(ReferralState state);
bool canMove(ReferralState from, ReferralState to);
QList<ReferralState> nextStates(ReferralState from);
} // namespace ReferralLifecycle

} // namespace bd
