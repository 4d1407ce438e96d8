#include "app/server/AuditIngest.h"

#include "app/server/ServerDatabase.h"
#include "app/server/ServerSqlDialect.h"
#include "app/server/ServerStatement.h"

#include <QCoreApplication>

namespace bd {

namespace {
// The hash is recomputed with the workstation's own function, so an entry whose fields
// were edited after it was written is refused even if it still links to the chain.
AuditIngest::Verdict edited(const AuditEntry &entry)
{
    return { entry.seq, AuditIngest::Outcome::Refused,
             QCoreApplication::translate("ServerStore",
                                         "audit entry %1 (%2 by %3) does not match its hash: it "
                                         "was changed after it was written")
                     .arg(entry.seq)
                     .arg(entry.action, entry.actorName) };
}

QVariantList rowOf(const BranchId &branch, const QString &originNode, const AuditEntry &entry)
{
    return { branch.toString(),
             originNode,
             entry.seq,
             entry.id,
             entry.occurredAt,
             entry.actorId.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                     : QVariant(entry.actorId),
             entry.actorName,
             entry.action,
             entry.entity,
             entry.entityId,
             entry.detailJson,
             entry.prevHash,
             entry.hash };
}
} // namespace

Result<QList<AuditIngest::Verdict>> AuditIngest::append(const BranchId &branch,
                                                        const QString &originNode,
                                                        const QList<AuditEntry> &entries)
{
    Result<ServerTransaction> transaction = ServerTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    QSqlDatabase db = m_database.connection();
    // One node's chain grows in one transaction at a time.
    if (Result<> locked = m_database.dialect().lockAuditChain(db, originNode); !locked)
        return locked.error();
    ServerStatement last(db,
                         QStringLiteral("SELECT seq, hash FROM audit_entry WHERE "
                                        "origin_node = ? ORDER BY seq DESC LIMIT 1"));
    if (Result<> read = last.run({ originNode }); !read)
        return read.error();
    qint64 lastSeq = 0;
    QString lastHash(64, QLatin1Char('0'));
    if (last.next()) {
        lastSeq = last.value(0).toLongLong();
        lastHash = last.value(1).toString();
    }
    ServerStatement held(db,
                         QStringLiteral("SELECT hash FROM audit_entry WHERE origin_node = ? "
                                        "AND seq = ?"));
    ServerStatement insert(db,
                           QStringLiteral("INSERT INTO audit_entry(branch_id, origin_node, "
                                          "seq, id, occurred_at, actor_id, actor_name, "
                                          "action, entity, entity_id, detail_json, "
                                          "prev_hash, hash) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QList<Verdict> verdicts;
    for (const AuditEntry &entry : entries) {
        const bool hashMatches = AuditChain::entryHash(entry) == entry.hash;
        if (entry.seq <= lastSeq) {
            if (Result<> read = held.run({ originNode, entry.seq }); !read)
                return read.error();
            const bool same = held.next() && held.value(0).toString() == entry.hash;
            if (same && !hashMatches)
                verdicts << edited(entry);
            else if (same)
                verdicts << Verdict { entry.seq, Outcome::Duplicate, {} };
            else
                verdicts << Verdict { entry.seq, Outcome::Refused,
                                      QCoreApplication::translate("ServerStore",
                                                                  "audit entry %1 differs from the "
                                                                  "one the server holds: entries "
                                                                  "cannot be changed")
                                              .arg(entry.seq) };
            continue;
        }
        if (entry.seq != lastSeq + 1 || entry.prevHash != lastHash) {
            verdicts << Verdict { entry.seq, Outcome::Refused,
                                  QCoreApplication::translate("ServerStore",
                                                              "audit entry %1 does not link to "
                                                              "entry %2")
                                          .arg(entry.seq)
                                          .arg(lastSeq) };
            continue;
        }
        // Not stored, so every later entry of this chain fails to link and is refused too.
        if (!hashMatches) {
            verdicts << edited(entry);
            continue;
        }
        if (Result<> stored = insert.run(rowOf(branch, originNode, entry)); !stored)
            return stored.error();
        lastSeq = entry.seq;
        lastHash = entry.hash;
        verdicts << Verdict { entry.seq, Outcome::Applied, {} };
    }
    if (Result<> committed = transaction->commit(); !committed)
        return committed.error();
    return verdicts;
}

} // namespace bd
