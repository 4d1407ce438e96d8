#include "app/server/AuditIngest.h"

#include "app/server/AuditNodes.h"
#include "app/server/DeskAccounts.h"
#include "app/server/ServerDatabase.h"
#include "app/server/ServerSqlDialect.h"
#include "app/server/ServerStatement.h"

#include <QCoreApplication>

namespace bd {

namespace {
AuditIngest::Verdict refused(const AuditEntry &entry, const QString &reason)
{
    return { entry.seq, AuditIngest::Outcome::Refused, reason };
}

// The hash is recomputed with the workstation's own function, so an entry whose fields
// were edited after it was written is refused even if it still links to the chain.
AuditIngest::Verdict edited(const AuditEntry &entry)
{
    return refused(
            entry,
            QCoreApplication::translate("ServerStore",
                                        "audit entry %1 (%2 by %3) does not match its hash: it "
                                        "was changed after it was written")
                    .arg(entry.seq)
                    .arg(entry.action, entry.actorName));
}

// What the desk records before anyone is signed in (or with no session): these alone may
// come without an actor id.
bool mayBeAnonymous(const AuditEntry &entry)
{
    static const QStringList actions { QStringLiteral("sign_in_failed"),
                                       QStringLiteral("offline_verifier_saved"),
                                       QStringLiteral("offline_verifier_revoked"),
                                       QStringLiteral("user_add"),
                                       QStringLiteral("user_password"),
                                       QStringLiteral("database_init"),
                                       QStringLiteral("demo_generate"),
                                       // a pulled edit of an erased customer, dropped by
                                       // the sync round itself (PulledErasures)
                                       QStringLiteral("erased_customer_edit_dropped") };
    // Only these: the actor name "system" (AuditTrail::record without a session) is no
    // excuse, or a file holder uploads "system revealed id_number" (SECURITY.md §8.2).
    return actions.contains(entry.action);
}

QVariantList rowOf(const BranchId &branch, const QString &originNode, const AuditEntry &entry,
                   qint64 serverSeq, const QString &actorCheck)
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
             entry.hash,
             serverSeq,
             actorCheck };
}

// How the entry's actor stands to the caller: the actor_check to store, or why it is
// refused (an empty check).
struct ActorCheck
{
    QString check;
    QString refusal;
};

class ActorRule
{
public:
    ActorRule(const QSqlDatabase &db, const ServerDatabase &database,
              const ServerAccounts::Caller &caller, const QString &node)
        : m_account(db, QStringLiteral("SELECT branch_id FROM staff_account WHERE username = ?"))
        , m_nodes(database)
        , m_desks(database)
        , m_caller(caller)
        , m_node(node)
    {
    }

    Result<ActorCheck> check(const AuditEntry &entry)
    {
        if (entry.actorId.isEmpty()) {
            if (mayBeAnonymous(entry))
                return ActorCheck { QStringLiteral("anonymous"), {} };
            return ActorCheck { {},
                                QCoreApplication::translate(
                                        "ServerStore",
                                        "audit entry %1 (%2) names no signed-in actor")
                                        .arg(entry.seq)
                                        .arg(entry.action) };
        }
        if (entry.actorName == m_caller.username)
            return ActorCheck { QStringLiteral("caller"), {} };
        if (Result<> read = m_account.run({ entry.actorName }); !read)
            return read.error();
        if (!m_account.next())
            return deskAccount(entry);
        const bool sameBranch = BranchId(m_account.value(0).toString()) == m_caller.branchId;
        m_account.finish();
        if (sameBranch) {
            const Result<bool> signedIn = m_nodes.hasSignedInFrom(m_node, entry.actorName);
            if (!signedIn)
                return signedIn.error();
            if (*signedIn)
                return ActorCheck { QStringLiteral("caller"), {} };
        }
        return ActorCheck { {},
                            QCoreApplication::translate(
                                    "ServerStore",
                                    "audit entry %1 (%2 by %3): %3 has not signed in to the "
                                    "server from this workstation")
                                    .arg(entry.seq)
                                    .arg(entry.action, entry.actorName) };
    }

private:
    // A name the server has no account for: a desk-only account that came up from this
    // workstation under this staff id (DeskAccounts), else refused (docs/SECURITY.md §8.2).
    Result<ActorCheck> deskAccount(const AuditEntry &entry) const
    {
        const Result<bool> known = m_desks.known(m_node, entry.actorName, entry.actorId);
        if (!known)
            return known.error();
        if (*known)
            return ActorCheck { QStringLiteral("local"), {} };
        return ActorCheck { {},
                            QCoreApplication::translate(
                                    "ServerStore",
                                    "audit entry %1 (%2 by %3): %3 is not an account the server "
                                    "knows on this workstation; a desk-only account becomes "
                                    "known when an administrator's sync sends it from here")
                                    .arg(entry.seq)
                                    .arg(entry.action, entry.actorName) };
    }

    ServerStatement m_account;
    AuditNodes m_nodes;
    DeskAccounts m_desks;
    const ServerAccounts::Caller &m_caller;
    QString m_node;
};

Result<AuditIngest::Head> readHead(const QSqlDatabase &db, const QString &originNode)
{
    ServerStatement last(db,
                         QStringLiteral("SELECT server_seq, seq, hash FROM audit_entry WHERE "
                                        "origin_node = ? ORDER BY seq DESC LIMIT 1"));
    if (Result<> read = last.run({ originNode }); !read)
        return read.error();
    AuditIngest::Head head;
    if (last.next()) {
        // Entries stored before version 8 have no server_seq of their own: their seq.
        head.seq = last.value(1).toLongLong();
        head.serverSeq = last.value(0).isNull() ? head.seq : last.value(0).toLongLong();
        head.hash = last.value(2).toString();
    }
    return head;
}
} // namespace

Result<AuditIngest::Head> AuditIngest::head(const QString &originNode) const
{
    return readHead(m_database.connection(), originNode);
}

Result<AuditIngest::Appended> AuditIngest::append(const ServerAccounts::Caller &caller,
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
    const Result<Head> known = readHead(db, originNode);
    if (!known)
        return known.error();
    Head last = *known;
    ServerStatement held(db,
                         QStringLiteral("SELECT hash FROM audit_entry WHERE origin_node = ? "
                                        "AND seq = ?"));
    ServerStatement insert(db,
                           QStringLiteral("INSERT INTO audit_entry(branch_id, origin_node, "
                                          "seq, id, occurred_at, actor_id, actor_name, "
                                          "action, entity, entity_id, detail_json, "
                                          "prev_hash, hash, server_seq, actor_check) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    ActorRule actors(db, m_database, caller, originNode);
    Appended appended;
    for (const AuditEntry &entry : entries) {
        const bool hashMatches = AuditChain::entryHash(entry) == entry.hash;
        if (entry.seq <= last.seq) {
            if (Result<> read = held.run({ originNode, entry.seq }); !read)
                return read.error();
            const bool same = held.next() && held.value(0).toString() == entry.hash;
            if (same && !hashMatches)
                appended.verdicts << edited(entry);
            else if (same)
                appended.verdicts << Verdict { entry.seq, Outcome::Duplicate, {} };
            else
                appended.verdicts << refused(
                        entry,
                        QCoreApplication::translate("ServerStore",
                                                    "audit entry %1 differs from the one "
                                                    "the server holds: entries cannot be "
                                                    "changed")
                                .arg(entry.seq));
            continue;
        }
        if (entry.seq != last.seq + 1 || entry.prevHash != last.hash) {
            appended.verdicts << refused(
                    entry,
                    QCoreApplication::translate("ServerStore",
                                                "audit entry %1 does not link to entry %2")
                            .arg(entry.seq)
                            .arg(last.seq));
            continue;
        }
        // Not stored, so every later entry of this chain fails to link and is refused too.
        if (!hashMatches) {
            appended.verdicts << edited(entry);
            continue;
        }
        const Result<ActorCheck> actor = actors.check(entry);
        if (!actor)
            return actor.error();
        if (actor->check.isEmpty()) {
            appended.verdicts << refused(entry, actor->refusal);
            continue;
        }
        const qint64 serverSeq = last.serverSeq + 1;
        if (Result<> stored = insert.run(
                    rowOf(caller.branchId, originNode, entry, serverSeq, actor->check));
            !stored)
            return stored.error();
        last = Head { serverSeq, entry.seq, entry.hash };
        appended.verdicts << Verdict { entry.seq, Outcome::Applied, {} };
    }
    if (Result<> committed = transaction->commit(); !committed)
        return committed.error();
    appended.head = last;
    return appended;
}

} // namespace bd
