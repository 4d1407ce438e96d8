// POST /v1/audit: a workstation's audit entries after the last it had sent, checked link by
// link, hash by hash and actor by actor (AuditIngest), answered with a checkpoint the
// server signs (docs/SECURITY.md §8.2). GET /v1/audit-checkpoint: the latest one of a node.
#include "app/common/SyncProtocol.h"
#include "app/server/AuditSigningKey.h"
#include "app/server/ServerLog.h"
#include "app/server/ServerRoute.h"
#include "app/server/ServerRoutes.h"
#include "app/server/ServerStore.h"

#include "app/server/AuditNodes.h"

#include <QDateTime>
#include <QJsonArray>
#include <QUrlQuery>

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

// The signed checkpoint of the node's chain as it stands, and the key to check it with.
void addCheckpoint(QJsonObject &answer, const AuditSigningKey *key, const Caller &caller,
                   const QString &node, const AuditIngest::Head &head)
{
    if (!key)
        return;
    AuditCheckpoint checkpoint;
    checkpoint.node = node;
    checkpoint.branch = caller.branchId.toString();
    checkpoint.serverSeq = head.serverSeq;
    checkpoint.seq = head.seq;
    checkpoint.hash = head.hash;
    checkpoint.signedAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    key->sign(checkpoint);
    answer.insert(QStringLiteral("checkpoint"), checkpoint.toJson());
    answer.insert(QStringLiteral("audit_key"), key->published());
}

void logRefusal(const Caller &caller, const QString &node, qint64 seq, const QString &reason)
{
    ServerLog::event(ServerLog::Level::Warning, QStringLiteral("audit_refused"),
                     { { QStringLiteral("user"), caller.username },
                       { QStringLiteral("branch"), caller.branchId.toString() },
                       { QStringLiteral("token_node"), caller.node },
                       { QStringLiteral("node"), node },
                       { QStringLiteral("seq"), double(seq) },
                       { QStringLiteral("reason"), reason } });
}

QHttpServerResponse pushAudit(ServerStore &store, const AuditSigningKey *key,
                              const Caller &caller, const QJsonObject &body)
{
    // An older desk does not know the actor rules: told to update, not refused entry by entry.
    if (const int protocol = body.value(QStringLiteral("protocol")).toInt();
        protocol < SyncProtocol::kOldestAuditVersion)
        return pleaseUpdate(protocol);
    const QString node = body.value(QStringLiteral("origin_node")).toString();
    const QJsonValue entriesValue = body.value(QStringLiteral("entries"));
    if (node.isEmpty() || node.size() > 64 || !entriesValue.isArray())
        return error(Status::BadRequest,
                     Text::tr("origin_node and an array of entries are required."));
    // A node's chain grows only through sign-ins that named it.
    if (node != caller.node) {
        logRefusal(caller, node, 0, QStringLiteral("token bound to another node"));
        return error(Status::Forbidden,
                     Text::tr("Sign in from this workstation to send its audit entries."));
    }
    QList<AuditEntry> entries;
    for (const QJsonValue &value : entriesValue.toArray()) {
        entries << entryOf(value.toObject());
        if (!complete(entries.last()))
            return error(Status::BadRequest,
                         Text::tr("An audit entry needs seq, id, action, prev_hash and hash."));
    }
    const Result<AuditIngest::Appended> stored = store.audit().append(caller, node, entries);
    if (!stored)
        return error(Status::ServiceUnavailable,
                     Text::tr("The server could not store the audit entries; send them again."));
    QJsonArray results;
    for (const AuditIngest::Verdict &verdict : stored->verdicts) {
        results << answerOf(verdict);
        if (verdict.outcome == AuditIngest::Outcome::Refused)
            logRefusal(caller, node, verdict.seq, verdict.reason);
    }
    QJsonObject answer { { QStringLiteral("results"), results } };
    if (stored->head.seq > 0)
        addCheckpoint(answer, key, caller, node, stored->head);
    return QHttpServerResponse(answer);
}

// The caller's own branch's nodes only; a node no sign-in named has an empty chain.
QHttpServerResponse latestCheckpoint(ServerStore &store, const AuditSigningKey *key,
                                     const Caller &caller, const QHttpServerRequest &request)
{
    if (!key)
        return error(Status::NotFound, Text::tr("This server signs no audit checkpoints."));
    const QString node = request.query().queryItemValue(QStringLiteral("node"));
    if (node.isEmpty() || node.size() > 64)
        return error(Status::BadRequest, Text::tr("Name the workstation: ?node=NODE."));
    const Result<std::optional<BranchId>> branch = AuditNodes(store.database()).branchOf(node);
    const Result<AuditIngest::Head> head = store.audit().head(node);
    if (!branch || !head)
        return error(Status::ServiceUnavailable,
                     Text::tr("The server could not read the audit chain; try again."));
    if (*branch && **branch != caller.branchId)
        return error(Status::Forbidden, Text::tr("That workstation belongs to another branch."));
    QJsonObject answer;
    addCheckpoint(answer, key, caller, node, *head);
    return QHttpServerResponse(answer);
}
} // namespace

void installAudit(QHttpServer &server, ServerStore *store, const AuditSigningKey *key)
{
    signedInSyncPost(server, QStringLiteral("/v1/audit"), store, BodyShape::AnyJson,
                     [key](ServerStore &s, const Caller &caller, const QJsonObject &body) {
                         return pushAudit(s, key, caller, body);
                     });
    signedIn(server, QStringLiteral("/v1/audit-checkpoint"), Method::Get, store,
             [key](ServerStore &s, const Caller &caller, const QHttpServerRequest &request) {
                 return latestCheckpoint(s, key, caller, request);
             });
}

} // namespace bd::ServerRoutes
