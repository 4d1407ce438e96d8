#include "app/services/branchfloor/ReferralLifecycle.h"

#include "app/domain/WorkStates.h"

namespace bd::ReferralLifecycle {

QStringList states()
{
    QStringList codes;
    for (const ReferralState state :
         {ReferralState::Logged, ReferralState::Accepted, ReferralState::Contacted,
          ReferralState::Met, ReferralState::Converted, ReferralState::Declined,
          ReferralState::Expired})
        codes << WorkStates::code(state);
    return codes;
}

QStringList openStates()
{
    return states().mid(0, 4);
}

bool isState(const QString &state)
{
    return states().contains(state);
}

bool isOpen(const QString &state)
{
    return openStates().contains(state);
}

bool isFinal(const QString &state)
{
    const std::optional<ReferralState> known = WorkStates::referralState(state);
    return known && WorkStates::isFinal(*known);
}

QStringList nextStates(const QString &from)
{
    if (!isOpen(from))
        return {};
    QStringList next;
    const QStringList flow = states();
    next << flow.at(flow.indexOf(from) + 1); // the next step forward
    next << WorkStates::code(ReferralState::Declined) << WorkStates::code(ReferralState::Expired);
    return next;
}

bool canMove(const QString &from, const QString &to)
{
    return nextStates(from).contains(to);
}

} // namespace bd::ReferralLifecycle
