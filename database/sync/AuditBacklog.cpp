#include "database/sync/AuditBacklog.h"

#include "database/core/Store.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace bd {

AuditBacklog::AuditBacklog(Store &store)
    : m_store(store)
{
}

Result<QJsonArray> AuditBacklog::after(qint64 seq, int limit) const
{
    QSqlQuery pending(m_store.database());
    pending.prepare(QStringLiteral(
            "SELECT seq, id, occurred_at, actor_id, actor_name, action, entity, entity_id, "
            "detail_json, prev_hash, hash FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?"));
    pending.addBindValue(seq);
    pending.addBindValue(limit);
    if (!pending.exec())
        return Error(pending.lastError().text());
    static const char *const keys[]
            = { "id",     "occurred_at", "actor_id",    "actor_name", "action",
                "entity", "entity_id",   "detail_json", "prev_hash",  "hash" };
    QJsonArray entries;
    while (pending.next()) {
        QJsonObject entry { { QStringLiteral("seq"), double(pending.value(0).toLongLong()) } };
        for (int i = 0; i < int(std::size(keys)); ++i)
            entry.insert(QLatin1String(keys[i]), pending.value(i + 1).toString());
        entries << entry;
    }
    return entries;
}

} // namespace bd
