#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace bd {

// How the desks' tables write a moment, a day and how long ago something was.
class TimeText
{
    Q_DECLARE_TR_FUNCTIONS(TimeText)

public:
    static QString time(const QDateTime &utc); // local 24-hour HH:mm
    static QString date(const QDate &day);     // short local date
    static QString age(const QDateTime &utc);  // "25 min", "3 h", "2 days"
};

} // namespace bd
