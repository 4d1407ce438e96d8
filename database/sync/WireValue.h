#pragma once

#include <QJsonValue>
#include <QVariant>

namespace bd {

// A column's value as a change carries it (docs/SYNC_PROTOCOL.md, "What a change is"): JSON
// null exactly where the table holds NULL - a null variant, and also a null QString or
// QByteArray in a valid one, which Qt's SQLite driver stores as NULL while
// QJsonValue::fromVariant would send "" - so that NULL stays NULL on every workstation
// instead of a "" or 0 that another one refuses (a CHECK on gender, a foreign key on
// manager_id) or stores as a value nobody entered.
QJsonValue wireValue(const QVariant &value);

} // namespace bd
