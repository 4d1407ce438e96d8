#pragma once

#include <QString>

namespace bd {

// One entry of the hash-chained audit log, as the workstation stores it and the server
// receives it (docs/SECURITY.md, "Audit").
struct AuditEntry
{
    qint64 seq = 0;
    QString id;
    QString occurredAt;
    QString actorId;
    QString actorName;
    QString action;
    QString entity;
    QString entityId;
    QString detailJson;
    QString prevHash;
    QString hash;
};

// The chain rule shared by the workstation (which writes and verifies entries) and the
// server (which recomputes every entry it is sent): one function, so both agree.
namespace AuditChain {
// SHA-256 over the previous hash and a compact JSON array of the entry's fields in fixed order.
QString entryHash(const AuditEntry &entry);
// The previous hash of a chain's first entry: 64 zeros.
QString genesisHash();
} // namespace AuditChain

} // namespace bd
