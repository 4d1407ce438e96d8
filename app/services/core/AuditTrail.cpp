#include "app/services/core/AuditTrail.h"

#include "app/common/AuditChain.h"
#include "app/common/AuditCheckpoint.h"
#include "app/domain/Uuid7.h"
#include "app/services/core/ServiceLogging.h"
#include "app/services/core/Session.h"
#include "database/audit/AuditRepository.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/sync/SyncState.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace bd {

namespace {
qint64 nextSeq(Store &store)
{
    const QList<AuditEntry> last = AuditRepository(store).latest(1);
    return last.isEmpty() ? 1 : last.first().seq + 1;
}
} // namespace

AuditTrail::AuditTrail(Store &store)
    : m_store(store)
{
}

bool AuditTrail::record(const Session *session, const QString &action, const QString &entity,
                        const QString &entityId, const QJsonObject &detail)
{
    return append(session ? session->user.id : QString(),
                  session ? session->user.username : QStringLiteral("system"), action, entity,
                  entityId, detail);
}

int AuditTrail::recentCount(const Session &session, const QString &action,
                            const QDateTime &since) const
{
    return AuditRepository(m_store).countRecent(session.user.id, action, SqlTime::timestamp(since));
}

bool AuditTrail::recordAnonymous(const QString &actorName, const QString &action,
                                 const QString &entity, const QString &entityId,
                                 const QJsonObject &detail)
{
    return append({}, actorName, action, entity, entityId, detail);
}

bool AuditTrail::append(const QString &actorId, const QString &actorName, const QString &action,
                        const QString &entity, const QString &entityId, const QJsonObject &detail)
{
    AuditRepository repository(m_store);
    AuditEntry entry;
    entry.seq = nextSeq(m_store);
    entry.id = Uuid7Generator::generate();
    entry.occurredAt = SqlTime::now();
    entry.actorId = actorId;
    entry.actorName = actorName;
    entry.action = action;
    entry.entity = entity;
    entry.entityId = entityId;
    entry.detailJson = QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
    entry.prevHash = repository.lastHash();
    entry.hash = AuditChain::entryHash(entry);
    if (const Result<> appended = repository.append(entry); !appended) {
        qCWarning(lcAudit) << "cannot append audit entry" << action << appended.errorString();
        return false;
    }
    return true;
}

AuditTrail::Verification AuditTrail::verify() const
{
    // The checkpoint first: if it or the server's key kept beside it was tampered with, say
    // so rather than trust it.
    const SyncState state(m_store);
    const QString kept = state.auditCheckpoint();
    if (kept.isEmpty())
        return check(std::nullopt);
    const std::optional<AuditCheckpoint> checkpoint
            = AuditCheckpoint::fromJson(QJsonDocument::fromJson(kept.toUtf8()).object());
    const QByteArray key = QByteArray::fromBase64(state.auditServerKey().toLatin1());
    if (!checkpoint || !checkpoint->verify(key)) {
        Verification result;
        result.intact = false;
        result.problem = QCoreApplication::translate(
                "AuditTrail", "the sync server's checkpoint kept here does not verify with its "
                              "key: the checkpoint or the key was altered");
        return result;
    }
    return check(checkpoint);
}

AuditTrail::Verification AuditTrail::verifyAgainst(const AuditCheckpoint &checkpoint) const
{
    return check(checkpoint);
}

AuditTrail::Verification AuditTrail::check(const std::optional<AuditCheckpoint> &checkpoint) const
{
    Verification result;
    auto fail = [&result](qint64 seq, const QString &problem) {
        result.intact = false;
        result.firstBadSeq = seq;
        result.problem = problem;
        return result;
    };
    if (checkpoint)
        result.anchoredSeq = checkpoint->seq;
    QString anchoredHash = checkpoint && checkpoint->seq == 0 ? AuditChain::genesisHash()
                                                               : QString();
    QString previous = AuditChain::genesisHash();
    qint64 expectedSeq = 1;
    const QList<AuditEntry> entries = AuditRepository(m_store).all();
    for (const AuditEntry &entry : entries) {
        ++result.entries;
        if (checkpoint && entry.seq == checkpoint->seq)
            anchoredHash = entry.hash;
        QString problem;
        if (entry.seq != expectedSeq)
            problem = QCoreApplication::translate("AuditTrail",
                                                  "entry %1 follows entry %2: entries between "
                                                  "them were deleted or reordered")
                              .arg(entry.seq)
                              .arg(expectedSeq - 1);
        else if (entry.prevHash != previous)
            problem = QCoreApplication::translate("AuditTrail",
                                                  "entry %1 does not link to the entry before it")
                              .arg(entry.seq);
        else if (AuditChain::entryHash(entry) != entry.hash)
            problem = QCoreApplication::translate("AuditTrail",
                                                  "entry %1 (%2 by %3) was edited after it was "
                                                  "written")
                              .arg(entry.seq)
                              .arg(entry.action, entry.actorName);
        if (!problem.isEmpty()) {
            result.intact = false;
            result.firstBadSeq = entry.seq;
            result.problem = problem;
            return result;
        }
        previous = entry.hash;
        expectedSeq = entry.seq + 1;
    }
    if (!checkpoint)
        return result;
    if (anchoredHash.isEmpty())
        return fail(expectedSeq, QCoreApplication::translate(
                                         "AuditTrail", "the audit log ends at entry %1, but the "
                                                       "sync server vouched for entry %2: "
                                                       "entries were cut off")
                                         .arg(expectedSeq - 1)
                                         .arg(checkpoint->seq));
    if (anchoredHash != checkpoint->hash)
        return fail(checkpoint->seq,
                    QCoreApplication::translate("AuditTrail",
                                                "entry %1 is not the one the sync server "
                                                "vouched for: the chain was rewritten (entries "
                                                "inserted or hashes recomputed)")
                            .arg(checkpoint->seq));
    return result;
}

} // namespace bd
