#include "app/services/core/AuditTrail.h"

#include "app/common/AuditChain.h"
#include "app/domain/Uuid7.h"
#include "app/services/core/ServiceLogging.h"
#include "app/services/core/Session.h"
#include "database/audit/AuditRepository.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"

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
    Verification result;
    QString previous = AuditChain::genesisHash();
    qint64 expectedSeq = 1;
    const QList<AuditEntry> entries = AuditRepository(m_store).all();
    for (const AuditEntry &entry : entries) {
        ++result.entries;
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
    return result;
}

} // namespace bd
