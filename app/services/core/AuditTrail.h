#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace bd {

struct AuditCheckpoint;
struct AuditEntry;
class Store;
struct Session;

// The append-only, hash-chained audit log (the chain rule: app/common/AuditChain).
class AuditTrail
{
public:
    explicit AuditTrail(Store &store);

    // Call inside the transaction of the change it records, so both land or neither.
    bool record(const Session *session, const QString &action, const QString &entity = {},
                const QString &entityId = {}, const QJsonObject &detail = {});
    // How many times this session's user recorded `action` since `since` (rate limits).
    int recentCount(const Session &session, const QString &action, const QDateTime &since) const;
    // For events without a signed-in user (failed sign-in, set-up).
    bool recordAnonymous(const QString &actorName, const QString &action,
                         const QString &entity = {}, const QString &entityId = {},
                         const QJsonObject &detail = {});

    struct Verification
    {
        bool intact = true;
        qint64 entries = 0;
        qint64 firstBadSeq = 0;
        QString problem; // translated: which entry and what is wrong with it
        qint64 anchoredSeq = 0; // the entry a server-signed checkpoint vouches for; 0: none
    };
    // The chain, and against the latest checkpoint the sync server signed for it (kept by
    // the audit upload): a chain cut short, or rewritten with recomputed hashes (entries
    // inserted, the whole chain recomputed), no longer has the entry the server vouched for.
    Verification verify() const;
    // The chain against a checkpoint whose signature the caller has checked (the server's
    // latest, fetched online): catches a file whose kept checkpoint or key was removed.
    Verification verifyAgainst(const AuditCheckpoint &checkpoint) const;

private:
    Verification check(const std::optional<AuditCheckpoint> &checkpoint) const;
    bool append(const QString &actorId, const QString &actorName, const QString &action,
                const QString &entity, const QString &entityId, const QJsonObject &detail);

    Store &m_store;
};

} // namespace bd
