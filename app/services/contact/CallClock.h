#pragma once

#include <QDateTime>

#include <functional>

namespace bd {

// The time the calls area works with (UTC); "today" is its local date. Services take one
// so tests control the day and the hour (quiet hours, contact periods, care windows).
using CallClock = std::function<QDateTime()>;

inline CallClock systemCallClock()
{
    return [] { return QDateTime::currentDateTimeUtc(); };
}

inline QDate localToday(const CallClock &clock)
{
    return clock().toLocalTime().date();
}

} // namespace bd
