#include "app/demo/DemoCalendar.h"

#include <QDateTime>

#include <cstdio>

namespace bd::demo {

DemoCalendar::DemoCalendar(const QDate &today)
    : m_today(dayNumber(today.year(), today.month(), today.day()))
    , m_year(today.year())
    , m_month(today.month())
    , m_offsetSeconds(QDateTime(today, QTime(12, 0)).offsetFromUtc())
{
}

// Howard Hinnant's days_from_civil / civil_from_days.
std::int64_t DemoCalendar::dayNumber(int year, int month, int day)
{
    year -= month <= 2;
    const std::int64_t era = (year >= 0 ? year : year - 399) / 400;
    const unsigned yoe = unsigned(year - era * 400);
    const unsigned doy = (153 * unsigned(month + (month > 2 ? -3 : 9)) + 2) / 5 + unsigned(day) - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + std::int64_t(doe) - 719468;
}

void DemoCalendar::civil(std::int64_t z, int &year, int &month, int &day)
{
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    day = int(doy - (153 * mp + 2) / 5 + 1);
    month = int(mp < 10 ? mp + 3 : mp - 9);
    year = int(std::int64_t(yoe) + era * 400 + (month <= 2));
}

QDate DemoCalendar::toQDate(std::int64_t dayNumber)
{
    int y, m, d;
    civil(dayNumber, y, m, d);
    return QDate(y, m, d);
}

std::string DemoCalendar::date(std::int64_t dayNumber)
{
    int y, m, d;
    civil(dayNumber, y, m, d);
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", y, m, d);
    return text;
}

std::string DemoCalendar::localStamp(std::int64_t dayNumber, int secondsOfDay) const
{
    std::int64_t seconds = dayNumber * 86400 + secondsOfDay - m_offsetSeconds;
    std::int64_t day = seconds / 86400;
    std::int64_t rest = seconds % 86400;
    if (rest < 0) {
        rest += 86400;
        --day;
    }
    int y, m, d;
    civil(day, y, m, d);
    char text[24];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02dZ", y, m, d, int(rest / 3600),
                  int(rest / 60 % 60), int(rest % 60));
    return text;
}

std::int64_t DemoCalendar::localMillis(std::int64_t dayNumber, int secondsOfDay) const
{
    return (dayNumber * 86400 + secondsOfDay - m_offsetSeconds) * 1000;
}

std::string DemoCalendar::monthKey(int monthsBack) const
{
    int index = m_year * 12 + (m_month - 1) - monthsBack;
    char text[24];
    std::snprintf(text, sizeof text, "%04d-%02d", index / 12, index % 12 + 1);
    return text;
}

std::int64_t DemoCalendar::addMonths(std::int64_t from, int monthsAhead)
{
    int y, m, d;
    civil(from, y, m, d);
    const int index = y * 12 + (m - 1) + monthsAhead;
    y = index / 12;
    m = index % 12 + 1;
    static const int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int last = lengths[m - 1];
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        last = 29;
    return dayNumber(y, m, d < last ? d : last);
}

} // namespace bd::demo
