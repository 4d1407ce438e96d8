#include "database/audit/AuditRepository.h"

#include "database/core/SqlQuery.h"
#include "database/core/Store.h"


namespace bd {

using SqlValue::notNull;
using SqlValue::orNull;

namespace {
const QString kColumns = QStringLiteral("seq, id, occurred_at, coalesce(actor_id, ''), actor_name, "
                                        "action, entity, entity_id, detail_json, prev_hash, hash");

AuditEntry fromQuery(const SqlQuery &q)
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
    SqlQuery query(m_store.database());
    if (query.exec(QStringLiteral("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1"))
        && query.next())
        return query.text(0);
    return AuditChain::genesisHash();
}

Result<> AuditRepository::append(const AuditEntry &e)
{
    SqlQuery query(m_store.database(), QStringLiteral(
            "INSERT INTO audit_log(id, occurred_at, actor_id, actor_name, action, entity, "
            "entity_id, detail_json, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    query.bind(e.id).bind(e.occurredAt).bind(orNull(e.actorId));
    // Bind "" rather than a null QString: these columns are NOT NULL with '' meaning "none".
    for (const QString &value : {e.actorName, e.action, e.entity, e.entityId, e.detailJson,
                                 e.prevHash, e.hash})
        query.bind(notNull(value));
    return query.exec();
}

QList<AuditEntry> AuditRepository::all() const
{
    QList<AuditEntry> entries;
    SqlQuery query(m_store.database(),
                   QStringLiteral("SELECT %1 FROM audit_log ORDER BY seq").arg(kColumns));
    query.setForwardOnly(true);
    query.select();
    while (query.next())
        entries << fromQuery(query);
    return entries;
}

QList<AuditEntry> AuditRepository::latest(int limit) const
{
    QList<AuditEntry> entries;
    SqlQuery query(m_store.database(),
                   QStringLiteral("SELECT %1 FROM audit_log ORDER BY seq DESC LIMIT ?").arg(kColumns));
    query.bind(limit);
    query.select();
    while (query.next())
        entries << fromQuery(query);
    return entries;
}

} // namespace bd
