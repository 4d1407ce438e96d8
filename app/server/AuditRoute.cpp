// POST /v1/audit: a workstation's audit entries after the last it had sent, checked link by
// link and hash by hash (AuditIngest).
#include "app/server/ServerRoute.h"
#include "app/server/ServerRoutes.h"
#include "app/server/ServerStore.h"

#include <QJsonArray>

namespace bd::ServerRoutes {

namespace {
using namespace ServerRoute;

AuditEntry entryOf(const QJsonObject &object)
{
    auto text = [&](const char *key) {
        return object.value(QLatin1String(key)).toString();
    };
    AuditEntry entry;
    entry.seq = object.value(QStringLiteral("seq")).toInteger();
    entry.id = text("id");
    entry.occurredAt = text("occurred_at");
    entry.actorId = text("actor_id");
    entry.actorName = text("actor_name");
    entry.action = text("action");
    entry.entity = text("entity");
    entry.entityId = text("entity_id");
    entry.detailJson = text("detail_json");
    entry.prevHash = text("prev_hash");
    entry.hash = text("hash");
    return entry;
}

bool complete(const AuditEntry &entry)
{
    return entry.seq >= 1 && !entry.id.isEmpty() && !entry.action.isEmpty()
            && entry.hash.size() == 64 && entry.prevHash.size() == 64;
}

QJsonObject answerOf(const AuditIngest::Verdict &verdict)
{
    QJsonObject answer { { QStringLiteral("seq"), double(verdict.seq) },
                         { QStringLiteral("status"),
                           verdict.outcome == AuditIngest::Outcome::Applied
                                   ? QStringLiteral("applied")
                                   : verdict.outcome == AuditIngest::Outcome::Duplicate
                                   ? QStringLiteral("duplicate")
                                   : QStringLiteral("refused") } };
    if (!verdict.reason.isEmpty())
        answer.insert(QStringLiteral("reason"), verdict.reason);
    return answer;
}

QHttpServerResponse pushAudit(ServerStore &store, const Caller &caller, const QJsonObject &body)
{
    const QString node = body.value(QStringLiteral("origin_node")).toString();
    const QJsonValue entriesValue = body.value(QStringLiteral("entries"));
    if (node.isEmpty() || node.size() > 64 || !entriesValue.isArray())
        return error(Status::BadRequest,
                     Text::tr("origin_node and an array of entries are required."));
    QList<AuditEntry> entries;
    for (const QJsonValue &value : entriesValue.toArray()) {
        entries << entryOf(value.toObject());
        if (!complete(entries.last()))
            return error(Status::BadRequest,
                         Text::tr("An audit entry needs seq, id, action, prev_hash and hash."));
    }
    const Result<QList<AuditIngest::Verdict>> stored
            = store.audit().append(caller.branchId, node, entries);
    if (!stored)
        return error(Status::ServiceUnavailable,
                     Text::tr("The server could not store the audit entries; send them again."));
    QJsonArray results;
    for (const AuditIngest::Verdict &verdict : *stored)
        results << answerOf(verdict);
    return QHttpServerResponse(QJsonObject { { QStringLiteral("results"), results } });
}
} // namespace

void installAudit(QHttpServer &server, ServerStore *store)
{
    signedInSyncPost(server, QStringLiteral("/v1/audit"), store, BodyShape::AnyJson, pushAudit);
}

} // namespace bd::ServerRoutes
