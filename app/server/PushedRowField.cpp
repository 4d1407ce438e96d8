#include "app/server/PushedRowField.h"

namespace bd {

QString PushedRowField::key(const QString &table, const QString &rowId)
{
    return table + QLatin1Char('/') + rowId;
}

void PushedRowField::take(const SyncChange &change)
{
    // The first non-empty value of each field, as the log's reader takes it (rowField).
    QJsonObject &first = m_taken[key(change.table, change.rowId)];
    for (auto it = change.fields.constBegin(); it != change.fields.constEnd(); ++it) {
        if (!first.contains(it.key()) && !it.value().toString().isEmpty())
            first.insert(it.key(), it.value());
    }
}

QString PushedRowField::operator()(const QString &table, const QString &rowId,
                                   const QString &field) const
{
    if (const QString logged = m_logged(table, rowId, field); !logged.isEmpty())
        return logged;
    return m_taken.value(key(table, rowId)).value(field).toString();
}

} // namespace bd
