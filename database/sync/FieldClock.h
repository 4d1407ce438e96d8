#pragma once

#include <QString>
#include <QStringList>

namespace bd {

// Where a field's clock is kept (issue 13, pull-apply speed). A pulled new row gets one row
// clock in sync_field_clock instead of one clock per column it brings: all those columns
// carry the insert's stamp anyway. The row clock's field names the columns it covers,
// "*,id,name,...,", so that a column the insert did not bring still has no clock, as
// before. A field has a clock of its own once it is written after that insert (a local
// edit, a pulled update that won, a tombstone, an erasure), and its own clock then decides.
// Files written before this keep a clock per field, which decide as before. Every reader of
// one field's clock goes through ofField() so that none forgets the row clock; the max and
// min of a row's clocks are the same either way (the row clock's stamp is that of its id,
// which nothing writes again); deleting a row's clocks by row id deletes it with the rest.
namespace FieldClock {

// The field under which the row clock of an insert that brought `columns` is kept; no
// column's name starts with "*".
inline QString rowClockField(const QStringList &columns)
{
    return QStringLiteral("*,") + columns.join(QLatin1Char(',')) + QLatin1Char(',');
}

// A scalar SQL subquery giving the clock of one field: its own, else the row clock that
// covers it. The three arguments are SQL expressions (a bound "?1", a column such as
// "c.id", a quoted name).
inline QString ofField(const QString &table, const QString &rowId, const QString &field)
{
    return QStringLiteral("(SELECT k.hlc FROM sync_field_clock k WHERE k.table_name = %1 "
                          "AND k.row_id = %2 AND (k.field = %3 OR (k.field GLOB '[*]*' AND "
                          "instr(k.field, ',' || %3 || ',') > 0)) ORDER BY k.field GLOB '[*]*' "
                          "LIMIT 1)")
            .arg(table, rowId, field);
}

} // namespace FieldClock
} // namespace bd
