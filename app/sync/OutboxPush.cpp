#include "app/sync/OutboxPush.h"

#include "app/common/SyncProtocol.h"
#include "app/sync/SyncHttpClient.h"
#include "app/sync/SyncReport.h"
#include "database/sync/Outbox.h"

#include <QJsonArray>

namespace bd {

OutboxPush::OutboxPush(Store &store, SyncHttpClient &server, QString branchId)
    : SyncStep(store, server)
    , m_branchId(std::move(branchId))
{
}

Result<> OutboxPush::run(SyncReport &report)
{
    Outbox outbox(m_store);
    for (;;) {
        const Result<QList<SyncChange>> waiting = outbox.waiting(batchSize);
        if (!waiting)
            return waiting.error();
        if (waiting->isEmpty())
            return {};
        QJsonArray changes;
        for (const SyncChange &change : *waiting)
            changes << change.toJson();
        const Result<SyncHttpClient::Answer> answer = m_server.accepted(
                m_server.post(QStringLiteral("/v1/push"),
                              { { QStringLiteral("protocol"), SyncProtocol::kVersion },
                                { QStringLiteral("branch_id"), m_branchId },
                                { QStringLiteral("changes"), changes } }),
                tr("The sync server refused the changes (%1): %2"));
        if (!answer)
            return answer.error();

        QList<Outbox::Verdict> verdicts;
        const QJsonArray results = answer->object().value(QStringLiteral("results")).toArray();
        for (const QJsonValue &value : results) {
            const QJsonObject result = value.toObject();
            const QString outcome = result.value(QStringLiteral("status")).toString();
            const bool refused = outcome == QLatin1String("refused");
            verdicts << Outbox::Verdict { result.value(QStringLiteral("change_id")).toString(),
                                          refused,
                                          result.value(QStringLiteral("reason")).toString() };
            if (refused)
                ++report.refused;
            else if (outcome == QLatin1String("duplicate"))
                ++report.duplicates;
            else
                ++report.pushed;
        }
        if (Result<> recorded = outbox.record(verdicts); !recorded)
            return recorded;
        if (results.size() != changes.size())
            return Error(tr("The sync server answered for %1 of %2 changes.")
                                 .arg(results.size())
                                 .arg(changes.size()));
    }
}

} // namespace bd
