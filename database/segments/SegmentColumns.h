#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace bd {

// The columns a segment's result can show and export, and how they sort: the whitelist
// that the result table's ORDER BY is chosen from. Personal-data columns (phone, ID
// number, address) are read through SensitiveColumns and masked unless revealed.
struct SegmentColumn
{
    enum class Personal { No, Phone, IdNumber, Address };

    const char *code;
    const char *label;      // untranslated (QT_TRANSLATE_NOOP "SegmentColumns")
    const char *selectSql;  // expression over "customer AS c"
    const char *sortSql;    // nullptr: not sortable
    Personal personal = Personal::No;
    bool shownByDefault = false;
};

namespace SegmentColumns {
const QList<SegmentColumn> &all();
const SegmentColumn *find(const QString &code);
QStringList defaultCodes();
QString label(const SegmentColumn &column); // translated
// The ORDER BY text for a column of the whitelist ("c.aum_fen DESC, c.id"); the default
// order (highest AUM first) for an unknown or unsortable column.
QString orderBy(const QString &code, Qt::SortOrder order);
// How a value reads in the table (exportPlain false) or in a CSV file (true: plain
// numbers such as 12345.67, ISO dates).
QString displayText(const QString &code, const QVariant &value, bool exportPlain = false);
} // namespace SegmentColumns

} // namespace bd
