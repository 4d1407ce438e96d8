#include "ui/common/TimeText.h"

#include <QLocale>

namespace bd {

QString TimeText::time(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().time().toString(QStringLiteral("HH:mm")) : QString();
}

QString TimeText::date(const QDate &day)
{
    return day.isValid() ? QLocale().toString(day, QLocale::ShortFormat) : QString();
}

QString TimeText::age(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    const qint64 minutes = qMax<qint64>(0, utc.secsTo(QDateTime::currentDateTimeUtc()) / 60);
    if (minutes < 60)
        return tr("%n min", nullptr, int(minutes));
    if (minutes < 48 * 60)
        return tr("%n h", nullptr, int(minutes / 60));
    return tr("%n days", nullptr, int(minutes / (24 * 60)));
}

} // namespace bd
