#pragma once

#include <QDate>

#include <cstdint>
#include <string>

namespace bd::demo {

// Fast calendar arithmetic for millions of rows: days since 1970-01-01 and seconds since
// the epoch, formatted straight into the stored text forms ("2026-11-23",
// "2026-11-23T01:15:00Z", "2026-11"). Local branch times are turned into UTC with the
// offset the machine's time zone has today (mainland China has no daylight saving).
class DemoCalendar
{
public:
    explicit DemoCalendar(const QDate &today);

    std::int64_t today() const { return m_today; } // day number
    int year() const { return m_year; }
    int month() const { return m_month; }

    static std::int64_t dayNumber(int year, int month, int day);
    static void civil(std::int64_t dayNumber, int &year, int &month, int &day);
    static QDate toQDate(std::int64_t dayNumber);

    static std::string date(std::int64_t dayNumber);
    // A local wall-clock time on a day, stored as UTC.
    std::string localStamp(std::int64_t dayNumber, int secondsOfDay) const;
    std::int64_t localMillis(std::int64_t dayNumber, int secondsOfDay) const;
    // "YYYY-MM" of the month monthsBack before the current one (0 = this month).
    std::string monthKey(int monthsBack) const;
    // The day number of the same calendar day monthsAhead months later (clamped).
    static std::int64_t addMonths(std::int64_t dayNumber, int monthsAhead);

private:
    std::int64_t m_today = 0;
    int m_year = 1970;
    int m_month = 1;
    int m_offsetSeconds = 0;
};

} // namespace bd::demo
