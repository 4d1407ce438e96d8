#include "database/calls/TaskRows.h"

#include "database/calls/TaskRowInserter.h"
#include "database/core/SensitiveColumns.h"
#include "database/core/SqlQuery.h"
#include "database/core/Store.h"
#include "database/sync/ChangeRecorder.h"

namespace bd::TaskRows {

namespace {
Result<QVariantMap> sealed(Store &store, const QString &table, const QVariantMap &fields)
{
    const std::optional<QVariantMap> stored = SensitiveColumns::sealFields(store, table, fields);
    if (!stored)
        return Error(SensitiveColumns::lockedMessage());
    return *stored;
}

Result<> recorded(Store &store, const QString &table, const QString &id,
                  const QVariantMap &fields, int baseVersion)
{
    ChangeRecorder recorder(store);
    return recorder.recordUpsert(table, id, fields, baseVersion);
}
} // namespace

Result<> insert(Store &store, const QString &table, const QString &id, const QVariantMap &fields,
                const QString &updatedAt)
{
    return TaskRowInserter(store, table).insert(id, fields, updatedAt);
}

Result<> update(Store &store, const QString &table, const QString &id, int baseVersion,
                const QVariantMap &fields, const QString &updatedAt)
{
    const Result<QVariantMap> stored = sealed(store, table, fields);
    if (!stored)
        return stored.error();
    const QStringList columns = fields.keys();
    QStringList sets;
    for (const QString &column : columns)
        sets << column + QStringLiteral(" = ?");
    SqlQuery query(store.database(),
                   QStringLiteral("UPDATE %1 SET %2, updated_at = ?, version = version + 1 "
                                  "WHERE id = ? AND version = ?")
                           .arg(table, sets.join(QStringLiteral(", "))));
    for (const QString &column : columns)
        query.bind(stored->value(column));
    query.bind(updatedAt).bind(id).bind(baseVersion);
    if (Result<> updated = query.execOnOneRow(); !updated)
        return updated;
    return recorded(store, table, id, fields, baseVersion);
}

} // namespace bd::TaskRows
