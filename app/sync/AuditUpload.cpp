#include "app/sync/AuditUpload.h"

#include "app/common/SyncProtocol.h"
#include "app/sync/SyncHttpClient.h"
#include "app/sync/SyncReport.h"
#include "database/core/Store.h"
#include "database/sync/AuditBacklog.h"
#include "database/sync/SyncState.h"

#include <QJsonArray>

namespace bd {

AuditUpload::AuditUpload(Store &store, SyncHttpClient &server)
    : SyncStep(store, server)
{
}

Result<> AuditUpload::run(SyncReport &report)
{
    SyncState state(m_store);
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
        const QJsonArray results = answer->object().value(QStringLiteral("results")).toArray();
        for (const QJsonValue &value : results) {
            const QJsonObject result = value.toObject();
            const QString status = result.value(QStringLiteral("status")).toString();
            if (status == QLatin1String("refused")) {
                // Kept here and reported; the rest of the round goes on.
                report.auditProblem = result.value(QStringLiteral("reason")).toString();
                break;
            }
            if (status == QLatin1String("applied"))
                ++report.auditSent;
            acknowledged = result.value(QStringLiteral("seq")).toInteger();
        }
        if (acknowledged > sent) {
            if (Result<> noted = state.acknowledgeAudit(acknowledged); !noted)
                return noted;
        }
        if (!report.auditProblem.isEmpty() || acknowledged == sent)
            return {};
    }
}

} // namespace bd
