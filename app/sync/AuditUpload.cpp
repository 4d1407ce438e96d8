#include "app/sync/AuditUpload.h"

#include "app/common/AuditCheckpoint.h"
#include "app/common/SyncProtocol.h"
#include "app/sync/SyncHttpClient.h"
#include "app/sync/SyncReport.h"
#include "database/core/Store.h"
#include "database/sync/AuditBacklog.h"
#include "database/sync/SyncState.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace bd {

AuditUpload::AuditUpload(Store &store, SyncHttpClient &server)
    : SyncStep(store, server)
{
}

Result<> AuditUpload::run(SyncReport &report)
{
    SyncState state(m_store);
    Result<> sent = upload(state, report);
    if (sent) {
        if (Result<> noted = state.noteAuditProblem(report.auditProblem); !noted)
            return noted;
    }
    return sent;
}

Result<> AuditUpload::upload(SyncState &state, SyncReport &report)
{
    bool rewound = false;
    for (;;) {
        const qint64 sent = state.auditAcknowledged();
        const Result<QJsonArray> entries = AuditBacklog(m_store).after(sent, batchSize);
        if (!entries)
            return entries.error();
        if (entries->isEmpty())
            return {};
        const Result<SyncHttpClient::Answer> answer = m_server.accepted(
                m_server.post(QStringLiteral("/v1/audit"),
                              { { QStringLiteral("protocol"), SyncProtocol::kVersion },
                                { QStringLiteral("origin_node"), m_store.nodeId() },
                                { QStringLiteral("entries"), *entries } }),
                tr("The sync server refused the audit entries (%1): %2"));
        if (!answer)
            return answer.error();
        qint64 acknowledged = sent;
        bool rewind = false;
        const QJsonArray results = answer->object().value(QStringLiteral("results")).toArray();
        for (const QJsonValue &value : results) {
            const QJsonObject result = value.toObject();
            const QString status = result.value(QStringLiteral("status")).toString();
            // The very entry after those the server acknowledged does not link: the server
            // no longer holds them (its store was restored from a backup). The chain goes
            // up again from its start; entries it still holds come back as duplicates.
            rewind = status == QLatin1String("refused") && !rewound && sent > 0
                    && acknowledged == sent
                    && result.value(QStringLiteral("seq")).toInteger() == sent + 1;
            if (rewind)
                break;
            if (status == QLatin1String("refused")) {
                // Kept here and reported; the rest of the round goes on.
                report.auditProblem = result.value(QStringLiteral("reason")).toString();
                break;
            }
            if (status == QLatin1String("applied"))
                ++report.auditSent;
            acknowledged = result.value(QStringLiteral("seq")).toInteger();
        }
        if (rewind) {
            if (Result<> restarted = state.acknowledgeAudit(0); !restarted)
                return restarted;
            rewound = true;
            continue;
        }
        if (acknowledged > sent) {
            if (Result<> noted = state.acknowledgeAudit(acknowledged); !noted)
                return noted;
        }
        if (Result<> kept = keepCheckpoint(state, answer->object()); !kept) {
            report.auditProblem = kept.errorString();
            return {};
        }
        if (!report.auditProblem.isEmpty() || acknowledged == sent)
            return {};
    }
}

Result<> AuditUpload::keepCheckpoint(SyncState &state, const QJsonObject &answer)
{
    const QJsonValue offered = answer.value(QStringLiteral("checkpoint"));
    if (!offered.isObject())
        return {}; // a server from before checkpoints
    const std::optional<AuditCheckpoint> checkpoint
            = AuditCheckpoint::fromJson(offered.toObject());
    if (!checkpoint || checkpoint->node != m_store.nodeId())
        return Error(tr("The sync server sent an audit checkpoint that is not for this "
                        "workstation's chain."));
    // The server's key as first seen is kept: a server (or someone between) that offers
    // another one later is not believed.
    const QString offeredKey = answer.value(QStringLiteral("audit_key"))
                                       .toObject()
                                       .value(QStringLiteral("public_key"))
                                       .toString();
    QString key = state.auditServerKey();
    if (key.isEmpty()) {
        if (offeredKey.isEmpty())
            return Error(tr("The sync server sent an audit checkpoint without its key."));
        if (Result<> kept = state.rememberAuditServerKey(offeredKey); !kept)
            return kept;
        key = offeredKey;
    } else if (!offeredKey.isEmpty() && offeredKey != key) {
        return Error(tr("The sync server signs audit checkpoints with another key than before; "
                        "ask your administrator to check the server."));
    }
    if (!checkpoint->verify(QByteArray::fromBase64(key.toLatin1())))
        return Error(tr("The sync server's audit checkpoint does not verify with its key."));
    return state.keepAuditCheckpoint(QString::fromUtf8(
            QJsonDocument(checkpoint->toJson()).toJson(QJsonDocument::Compact)));
}

} // namespace bd
