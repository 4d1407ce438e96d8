#include "app/services/branchfloor/ReferralLifecycle.h"

namespace bd::ReferralLifecycle {

QList<ReferralState> states()
{
    return {ReferralState::Logged,    ReferralState::Accepted, ReferralState::Contacted,
            ReferralState::Met,       ReferralState::Converted, ReferralState::Declined,
            ReferralState::Expired};
}

QList<ReferralState> openStates()
{
    return states().mid(0, 4);
}

bool isOpen(ReferralState state)
{
    return openStates().contains(state);
}

bool isFinal(ReferralState state)
{
    return WorkStates::isFinal(state);
}

QList<ReferralState> nextStates(ReferralState from)
{
    if (!isOpen(from))
        return {};
    const QList<ReferralState> flow = states();
    return {flow.at(flow.indexOf(from) + 1), // the next step forward
            ReferralState::Declined, ReferralState::Expired};
}

bool canMove(ReferralState from, ReferralState to)
{
    return nextStates(from).contains(to);
}

} // namespace bd::ReferralLifecycle
