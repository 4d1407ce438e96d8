#pragma once

#include <QJsonValue>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace bd {

// A column's value as a change carries it (docs/SYNC_PROTOCOL.md, "What a change is"): JSON
// null exactly where the table holds NULL - a null variant, and also a null QString or
// QByteArray in a valid one, which Qt's SQLite driver stores as NULL while
// QJsonValue::fromVariant would send "" - so that NULL stays NULL on every workstation
// instead of a "" or 0 that another one refuses (a CHECK on gender, a foreign key on
// manager_id) or stores as a value nobody entered.
QJsonValue wireValue(const QVariant &value);

// The same for a value written to `table`.`column` of `database`: what the column holds
// once SQLite applied its type. A number bound to a TEXT column is stored as text - the
// REAL 3 as "3.0" - while JSON has one kind of number and sends 3, which the other
// workstation stores as "3" (and an erasure stamp sent as a number no longer reads as one):
// such a value goes out as the text SQLite stored. Found by tst_sync_wire_types.
QJsonValue wireValue(const QSqlDatabase &database, const QString &table, const QString &column,
                     const QVariant &value);

} // namespace bd
