#pragma once

#include "app/common/SyncChange.h"

#include <QString>

#include <functional>

namespace bd {

// A field of a row as the branch's log has it (empty when the log has none): how the server's
// per-table checks of a pushed change read the row the change lands on.
using LoggedRowField = std::function<QString(const QString &table, const QString &rowId,
                                             const QString &field)>;

// The value the row has after this change: the change's own, else the log's.
inline QString valueAfter(const SyncChange &change, const LoggedRowField &field,
                          const QString &name)
{
    if (change.fields.contains(name))
        return change.fields.value(name).toString();
    return field(change.table, change.rowId, name);
}

} // namespace bd
