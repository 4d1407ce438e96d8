#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace bd::SqlTime {
// Timestamps are stored as ISO 8601 UTC text so they sort and compare as text.
QString now();
QString timestamp(const QDateTime &when);
QString date(const QDate &day);
QDateTime parseTimestamp(const QString &text);
// [start, end) of a local calendar day, as stored timestamps.
QString localDayStart(const QDate &day);
QString localDayEnd(const QDate &day);
} // namespace bd::SqlTime
