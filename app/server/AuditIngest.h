#pragma once

#include "app/common/AuditChain.h"
#include "app/domain/Ids.h"
#include "app/domain/Result.h"

#include <QList>
#include <QString>

namespace bd {

class ServerDatabase;

// The workstations' audit chains as the server keeps them: append-only (see
// 0004_audit.sql), one chain per workstation node, each entry checked before it is stored.
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
    // A workstation's entries, in its chain's order, in one transaction: each is stored
    // only if it links to the one before it from the same node and its hash, recomputed by
    // AuditChain::entryHash, matches its fields; one already held is a duplicate if
    // unchanged and refused if not (entries are never edited). One verdict per entry.
    Result<QList<Verdict>> append(const BranchId &branch, const QString &originNode,
                                  const QList<AuditEntry> &entries);

private:
    const ServerDatabase &m_database;
};

} // namespace bd
