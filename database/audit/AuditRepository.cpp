#include "database/audit/AuditRepository.h"

#include "database/core/Store.h"

#include <QSqlError>
#include <QSqlQuery>

namespace bd {

namespace {
const QString kColumns = QStringLiteral("seq, id, occurred_at, coalesce(actor_id, ''), actor_name, "
                                        "action, entity, entity_id, detail_json, prev_hash, hash");

AuditEntry fromQuery(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(),   q.value(4).toString(), q.value(5).toString(),
            q.value(6).toString(),   q.value(7).toString(), q.value(8).toString(),
            q.value(9).toString(),   q.value(10).toString()};
}
} // namespace

AuditRepository::AuditRepository(Store &store)
    : m_store(store)
{
}

QString AuditRepository::lastHash() const
{
    QSqlQuery query(m_store.database());
    if (query.exec(QStringLiteral("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1"))
        && query.next())
        return query.value(0).toString();
    return AuditChain::genesisHash();
}

bool AuditRepository::append(const AuditEntry &e)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral(
            "INSERT INTO audit_log(id, occurred_at, actor_id, actor_name, action, entity, "
            "entity_id, detail_json, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(e.id);
    query.addBindValue(e.occurredAt);
    query.addBindValue(e.actorId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : e.actorId);
    // Bind "" rather than a null QString: these columns are NOT NULL with '' meaning "none".
    for (const QString &value : {e.actorName, e.action, e.entity, e.entityId, e.detailJson,
                                 e.prevHash, e.hash})
        query.addBindValue(value.isNull() ? QStringLiteral("") : value);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return false;
    }
    return true;
}

QList<AuditEntry> AuditRepository::all() const
{
    QList<AuditEntry> entries;
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.exec(QStringLiteral("SELECT %1 FROM audit_log ORDER BY seq").arg(kColumns));
    while (query.next())
        entries << fromQuery(query);
    return entries;
}

QList<AuditEntry> AuditRepository::latest(int limit) const
{
    QList<AuditEntry> entries;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT %1 FROM audit_log ORDER BY seq DESC LIMIT ?").arg(kColumns));
    query.addBindValue(limit);
    query.exec();
    while (query.next())
        entries << fromQuery(query);
    return entries;
}

} // namespace bd
