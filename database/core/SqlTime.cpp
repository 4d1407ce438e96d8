#include "database/core/SqlTime.h"



namespace bd::SqlTime {

QString now()
{
    return timestamp(QDateTime::currentDateTimeUtc());
}

QString timestamp(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QString date(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

QDateTime parseTimestamp(const QString &text)
{
    QDateTime when = QDateTime::fromString(text, Qt::ISODate);
    when.setTimeSpec(Qt::UTC);
    return when;
}

QString localDayStart(const QDate &day)
{
    return timestamp(day.startOfDay());
}

QString localDayEnd(const QDate &day)
{
    return timestamp(day.addDays(1).startOfDay());
}

} // namespace bd::SqlTime
