#pragma once

#include <QDateTime>

#include <functional>

namespace bd {

// The time the branch floor works with (UTC). Services take one so tests can move time
// forward (escalation of overdue referrals) without waiting.
using FloorClock = std::function<QDateTime()>;

inline FloorClock systemClock()
{
    return [] { return QDateTime::currentDateTimeUtc(); };
}

} // namespace bd
