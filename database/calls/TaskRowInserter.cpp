#include "database/calls/TaskRowInserter.h"

#include "database/core/SensitiveColumns.h"
#include "database/core/Store.h"

namespace bd {

TaskRowInserter::TaskRowInserter(Store &store, const QString &table)
    : m_store(store)
    , m_table(table)
    , m_recorder(store)
{
}

Result<> TaskRowInserter::insert(const QString &id, const QVariantMap &fields,
                                 const QString &updatedAt)
{
    const std::optional<QVariantMap> stored =
            SensitiveColumns::sealFields(m_store, m_table, fields);
    if (!stored)
        return Error(SensitiveColumns::lockedMessage());
    const QStringList columns = fields.keys();
    if (!m_insert.isPrepared() || columns != m_columns) {
        m_columns = columns;
        const QStringList marks(columns.size() + 2, QStringLiteral("?"));
        m_insert = SqlQuery(m_store.database());
        m_insert.prepare(QStringLiteral("INSERT INTO %1(id, %2, updated_at) VALUES (%3)")
                                 .arg(m_table, columns.join(QStringLiteral(", ")),
                                      marks.join(QStringLiteral(", "))));
    }
    m_insert.bind(id);
    for (const QString &column : columns)
        m_insert.bind(stored->value(column));
    m_insert.bind(updatedAt);
    if (Result<> inserted = m_insert.exec(); !inserted)
        return inserted;
    return m_recorder.recordUpsert(m_table, id, fields, 0);
}

} // namespace bd
