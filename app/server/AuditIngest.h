#pragma once

#include "app/common/AuditChain.h"
#include "app/domain/Result.h"
#include "app/server/ServerAccounts.h"

#include <QList>
#include <QString>

namespace bd {

class ServerDatabase;

// The workstations' audit chains as the server keeps them: append-only (see
// 0004_audit.sql), one chain per workstation node, each entry checked before it is stored
// and numbered by the server (server_seq, 0008_audit_anchor.sql).
class AuditIngest
{
public:
    explicit AuditIngest(const ServerDatabase &database)
        : m_database(database)
    {
    }

    enum class Outcome { Applied, Duplicate, Refused };
    struct Verdict
    {
        qint64 seq;
        Outcome outcome;
        QString reason; // why it was refused
    };
    // The last entry the server holds of a node's chain (all 0 and the genesis hash when
    // it holds none): what a checkpoint vouches for.
    struct Head
    {
        qint64 serverSeq = 0;
        qint64 seq = 0;
        QString hash = AuditChain::genesisHash();
    };
    struct Appended
    {
        QList<Verdict> verdicts; // one per entry sent
        Head head;
    };
    // A workstation's entries, in its chain's order, in one transaction: each is stored
    // only if it links to the one before it from the same node, its hash, recomputed by
    // AuditChain::entryHash, matches its fields, and its actor is one the caller may record
    // (docs/SECURITY.md §8.2); one already held is a duplicate if unchanged and refused if
    // not (entries are never edited). The caller's token must be bound to `originNode`.
    Result<Appended> append(const ServerAccounts::Caller &caller, const QString &originNode,
                            const QList<AuditEntry> &entries);
    Result<Head> head(const QString &originNode) const;

private:
    const ServerDatabase &m_database;
};

} // namespace bd
