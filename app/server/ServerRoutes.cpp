#include "app/server/ServerRoutes.h"

#include "app/common/SyncProtocol.h"
#include "app/server/ServerLog.h"
#include "app/server/ServerStore.h"
#include "app/server/SyncAuthorisation.h"
#include "database/baseline/BranchSnapshot.h"
#include "database/core/Store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QHash>
#include <QMap>
#include <QUrlQuery>

namespace bd::ServerRoutes {

namespace {
using Status = QHttpServerResponder::StatusCode;

QHttpServerResponse error(Status status, const QString &message)
{
    return QHttpServerResponse(QJsonObject{{QStringLiteral("error"), message}}, status);
}

struct ServerText
{
    Q_DECLARE_TR_FUNCTIONS(ServerRoutes)
};

// The caller of a /v1 request, from its bearer token; empty with `refusal` set if none.
std::optional<ServerStore::Caller> callerOf(const ServerStore &store,
                                            const QHttpServerRequest &request,
                                            QHttpServerResponse *refusal)
{
    const QByteArray header = request.value("Authorization");
    const QByteArray prefix = "Bearer ";
    std::optional<ServerStore::Caller> caller;
    if (header.startsWith(prefix))
        caller = store.authorise(QString::fromLatin1(header.mid(prefix.size()).trimmed()));
    if (!caller)
        *refusal = error(Status::Unauthorized,
                         ServerText::tr("Sign in first: the token is missing, expired or not "
                                        "valid."));
    return caller;
}

QHttpServerResponse pleaseUpdate(int protocol)
{
    QJsonObject answer {
        { QStringLiteral("error"),
          ServerText::tr("This workstation speaks sync protocol %1; the server speaks %2. "
                         "Please update BranchDesk. Your unsent changes are kept.")
                  .arg(protocol)
                  .arg(SyncProtocol::kVersion) },
        { QStringLiteral("server_protocol"), SyncProtocol::kVersion }
    };
    return QHttpServerResponse(answer, Status::UpgradeRequired);
}

QHttpServerResponse signIn(ServerStore &store, const QHttpServerRequest &request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    // A workstation names its protocol at sign-in: an older one is told to update before
    // it downloads anything it could not take completely.
    if (body.contains(QStringLiteral("protocol"))
        && !SyncProtocol::serves(body.value(QStringLiteral("protocol")).toInt(-1)))
        return pleaseUpdate(body.value(QStringLiteral("protocol")).toInt(-1));
    const auto token = store.signIn(body.value(QStringLiteral("username")).toString(),
                                    body.value(QStringLiteral("password")).toString());
    if (!token)
        return error(Status::Unauthorized,
                     ServerText::tr("The user name or password is incorrect."));
    return QHttpServerResponse(QJsonObject{
            {QStringLiteral("token"), token->token},
            {QStringLiteral("expires_at"), token->expiresAt.toString(Qt::ISODate)},
            {QStringLiteral("branch_id"), token->caller.branchId},
            {QStringLiteral("role"), StaffRoles::code(token->caller.role)}});
}

// The changes of one push that go to one branch's log, with their places in the request.
struct Batch
{
    QList<SyncChange> changes;
    QList<int> at;
};

// A `customer` upsert that names a branch: where the customer now belongs (empty if none).
QString movedCustomerBranch(const SyncChange &change)
{
    if (change.table != QLatin1String("customer") || change.op != QLatin1String("upsert"))
        return {};
    return change.fields.value(QStringLiteral("branch_id")).toString();
}

// What a push tells the server about which branch keeps which customer: customers a branch
// creates are its own; a move hands the customer to the new branch.
class CustomerHomes
{
public:
    void note(const SyncChange &change, const QString &callerBranch, const QString &movesTo)
    {
        if (change.table != QLatin1String("customer") || movesTo.isEmpty())
            return;
        if (movesTo == callerBranch)
            m_created << change.rowId;
        else
            m_moved.insert(change.rowId, movesTo);
    }
    bool created(const QString &customerId) const { return m_created.contains(customerId); }
    bool store(ServerStore &store, const QString &callerBranch) const
    {
        if (!store.recordCustomerHomes(callerBranch, m_created, false))
            return false;
        for (auto it = m_moved.cbegin(); it != m_moved.cend(); ++it) {
            if (!store.moveCustomerHome(it.key(), callerBranch, it.value()))
                return false;
        }
        return true;
    }

private:
    QStringList m_created;
    QHash<QString, QString> m_moved;
};

// Why the server refuses a change that moves a customer to `target`, or carries a copy of
// their rows there; empty if it may: the caller holds transfer_customer, the branch exists
// and is another, and the customer is kept by the caller's branch (or was moved from it to
// that same branch: the move sent again).
QString transferRefusal(const ServerStore &store, const ServerStore::Caller &caller,
                        const SyncChange &change, const QString &target, bool createdInThisPush)
{
    if (!SyncAuthorisation::mayTransfer(caller.role, change.table))
        return ServerText::tr("%1 may not move %2 to another branch")
                .arg(StaffRoles::code(caller.role), change.table);
    if (!store.hasBranch(target))
        return ServerText::tr("there is no branch %1").arg(target);
    const QString customerId = change.isTransferCopy() ? change.customerId : change.rowId;
    const bool names = change.table == QLatin1String("customer")
            ? change.rowId == customerId
            : change.fields.value(QStringLiteral("customer_id")).toString(customerId) == customerId;
    if (!names)
        return ServerText::tr("the row does not belong to customer %1").arg(customerId);
    const auto home = store.customerHome(customerId);
    const bool ours = (!home && createdInThisPush)
            || (home && home->branchId == caller.branchId)
            || (home
                && (home->branchId == target && home->previousBranchId == caller.branchId));
    if (!ours)
        return ServerText::tr("customer %1 is not kept by your branch").arg(customerId);
    return {};
}

QHttpServerResponse push(ServerStore &store, const ServerStore::Caller &caller,
                         const QHttpServerRequest &request)
{
    if (request.body().size() > kMaxBodyBytes)
        return error(Status::PayloadTooLarge, ServerText::tr("The request is larger than the server accepts."));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return error(Status::BadRequest, ServerText::tr("The request is not a JSON object: %1")
                                                 .arg(parseError.errorString()));
    const QJsonObject body = document.object();
    const int protocol = body.value(QStringLiteral("protocol")).toInt(-1);
    if (!SyncProtocol::serves(protocol))
        return pleaseUpdate(protocol);
    const QString branchId = body.value(QStringLiteral("branch_id")).toString(caller.branchId);
    if (branchId != caller.branchId)
        return error(Status::Forbidden,
                     ServerText::tr("Unknown branch, or a branch outside your own."));
    const QJsonValue changesValue = body.value(QStringLiteral("changes"));
    if (!changesValue.isArray())
        return error(Status::BadRequest, ServerText::tr("changes must be an array."));

    // Malformed changes are refused one by one; the others are stored, each in the log of
    // the branch it goes to: the caller's own, or for the copies of a moving customer's
    // rows, the customer's new branch (docs/SYNC_PROTOCOL.md, "Moving a customer").
    QJsonArray results;
    QMap<QString, Batch> batches;
    CustomerHomes homes;
    const QJsonArray changes = changesValue.toArray();
    for (int i = 0; i < changes.size(); ++i) {
        QString problem;
        const SyncChange change = SyncChange::fromJson(changes.at(i).toObject(), &problem);
        const QString movesTo = change.isTransferCopy() ? change.toBranch
                                                        : movedCustomerBranch(change);
        if (problem.isEmpty() && !movesTo.isEmpty() && movesTo != caller.branchId)
            problem = transferRefusal(store, caller, change, movesTo,
                                      homes.created(change.isTransferCopy() ? change.customerId
                                                                            : change.rowId));
        else if (problem.isEmpty() && !SyncAuthorisation::mayWrite(caller.role, change.table))
            problem = ServerText::tr("%1 may not change %2")
                              .arg(StaffRoles::code(caller.role), change.table);
        results << QJsonObject{{QStringLiteral("change_id"), change.changeId},
                               {QStringLiteral("status"), QStringLiteral("refused")},
                               {QStringLiteral("reason"), problem}};
        if (!problem.isEmpty())
            continue;
        Batch &batch = batches[change.isTransferCopy() ? change.toBranch : caller.branchId];
        batch.changes << change;
        batch.at << i;
        homes.note(change, caller.branchId, movesTo);
    }
    // The new branch's copies first: if the server stops in between, the workstation sends
    // everything again and what is stored already comes back as a duplicate.
    QStringList order = batches.keys();
    if (order.removeOne(caller.branchId))
        order << caller.branchId;
    for (const QString &branch : std::as_const(order)) {
        const Batch &batch = batches.value(branch);
        QList<ServerStore::Accepted> accepted;
        if (!store.append(branch, batch.changes, &accepted))
            return error(Status::ServiceUnavailable,
                         ServerText::tr("The server could not store the changes; send them "
                                        "again."));
        for (int j = 0; j < accepted.size(); ++j) {
            const auto &result = accepted.at(j);
            results[batch.at.at(j)] = QJsonObject{
                    {QStringLiteral("change_id"), result.changeId},
                    {QStringLiteral("status"), result.outcome == ServerStore::Outcome::Applied
                                                       ? QStringLiteral("applied")
                                                       : QStringLiteral("duplicate")},
                    {QStringLiteral("seq"), double(result.seq)}};
        }
    }
    if (!homes.store(store, caller.branchId))
        return error(Status::ServiceUnavailable,
                     ServerText::tr("The server could not store the changes; send them again."));
    return QHttpServerResponse(QJsonObject{{QStringLiteral("epoch"), store.epoch()},
                                           {QStringLiteral("results"), results}});
}

QHttpServerResponse changesAfter(ServerStore &store, const ServerStore::Caller &caller,
                                 const QHttpServerRequest &request)
{
    const QUrlQuery query = request.query();
    const QString branchId = query.hasQueryItem(QStringLiteral("branch"))
            ? query.queryItemValue(QStringLiteral("branch"))
            : caller.branchId;
    bool afterOk = false;
    bool limitOk = true;
    const qint64 after = query.queryItemValue(QStringLiteral("after")).toLongLong(&afterOk);
    int limit = 1000;
    if (query.hasQueryItem(QStringLiteral("limit")))
        limit = query.queryItemValue(QStringLiteral("limit")).toInt(&limitOk);
    if (!afterOk || after < 0 || !limitOk || limit < 1 || limit > kMaxPullLimit)
        return error(Status::BadRequest,
                     ServerText::tr("after must be a cursor (0 or more) and limit between 1 and %1.")
                             .arg(kMaxPullLimit));
    if (branchId != caller.branchId)
        return error(Status::Forbidden,
                     ServerText::tr("Unknown branch, or a branch outside your own."));
    // Every branch's id, code and name (reference data, no personal data): a workstation
    // must know a branch its customers may move to or come from.
    const std::optional<QList<ServerStore::Branch>> knownBranches = store.branches();
    if (!knownBranches)
        return error(Status::ServiceUnavailable,
                     ServerText::tr("The server could not read its branches; try again."));
    QJsonArray branches;
    for (const ServerStore::Branch &branch : *knownBranches)
        branches << QJsonObject { { QStringLiteral("id"), branch.id },
                                  { QStringLiteral("code"), branch.code },
                                  { QStringLiteral("name"), branch.name } };
    QJsonArray changes;
    qint64 last = after;
    const QList<SyncChange> found = store.changesAfter(branchId, after, limit);
    for (const SyncChange &change : found) {
        changes << change.toJson();
        last = change.seq;
    }
    return QHttpServerResponse(QJsonObject{{QStringLiteral("epoch"), store.epoch()},
                                           {QStringLiteral("branches"), branches},
                                           {QStringLiteral("changes"), changes},
                                           {QStringLiteral("last_seq"), double(last)},
                                           {QStringLiteral("more"), found.size() == limit}});
}
QHttpServerResponse baselineInfo(ServerStore &store, const ServerStore::Caller &caller)
{
    const auto baseline = store.baseline(caller.branchId);
    return QHttpServerResponse(
            QJsonObject { { QStringLiteral("epoch"), store.epoch() },
                          { QStringLiteral("baseline_id"), baseline ? baseline->id : QString() },
                          { QStringLiteral("as_of"), double(baseline ? baseline->asOf : 0) },
                          { QStringLiteral("pages"), baseline ? baseline->pages : 0 },
                          { QStringLiteral("rows"), double(baseline ? baseline->rows : 0) } });
}

QHttpServerResponse baselinePage(ServerStore &store, const ServerStore::Caller &caller,
                                 const QHttpServerRequest &request)
{
    const QUrlQuery query = request.query();
    bool pageOk = false;
    const int page = query.queryItemValue(QStringLiteral("page")).toInt(&pageOk);
    const QString id = query.queryItemValue(QStringLiteral("id"));
    if (!pageOk || page < 1 || id.isEmpty())
        return error(Status::BadRequest, ServerText::tr("id and page (1 or more) are required."));
    const QByteArray body = store.baselinePage(caller.branchId, id, page);
    if (body.isEmpty()) {
        const auto current = store.baseline(caller.branchId);
        if (current && current->id != id)
            return error(Status::Conflict,
                         ServerText::tr("The branch's baseline was imported again; start its "
                                        "download afresh."));
        return error(Status::NotFound, ServerText::tr("No such baseline page."));
    }
    return QHttpServerResponse(QByteArrayLiteral("application/cbor"), body);
}

// GET /v1/snapshot: the facts of the branch's snapshot, only while it belongs to the
// branch's current baseline (a re-import without a new snapshot must not hand out the
// old one: the workstation falls back to the pages).
std::optional<BranchSnapshot::Info> currentSnapshot(ServerStore &store, const QString &directory,
                                                    const QString &branchId)
{
    const auto info = BranchSnapshot(directory).current(branchId);
    const auto baseline = store.baseline(branchId);
    if (!info || !baseline || baseline->id != info->baselineId)
        return std::nullopt;
    return info;
}

QHttpServerResponse snapshotInfo(ServerStore &store, const QString &directory,
                                 const ServerStore::Caller &caller)
{
    const auto info = currentSnapshot(store, directory, caller.branchId);
    if (!info)
        return error(Status::NotFound,
                     ServerText::tr("The branch has no snapshot; download it page by page."));
    QJsonObject answer = info->toJson();
    answer.insert(QStringLiteral("epoch"), store.epoch());
    return QHttpServerResponse(answer);
}

// GET /v1/snapshot-chunk?id=BASELINE&offset=N[&length=M]: raw bytes of the file.
QHttpServerResponse snapshotChunk(ServerStore &store, const QString &directory,
                                  const ServerStore::Caller &caller,
                                  const QHttpServerRequest &request)
{
    const QUrlQuery query = request.query();
    bool offsetOk = false;
    bool lengthOk = true;
    const qint64 offset = query.queryItemValue(QStringLiteral("offset")).toLongLong(&offsetOk);
    qint64 length = kMaxSnapshotChunk;
    if (query.hasQueryItem(QStringLiteral("length")))
        length = query.queryItemValue(QStringLiteral("length")).toLongLong(&lengthOk);
    const QString id = query.queryItemValue(QStringLiteral("id"));
    if (id.isEmpty() || !offsetOk || offset < 0 || !lengthOk || length < 1
        || length > kMaxSnapshotChunk)
        return error(Status::BadRequest,
                     ServerText::tr("id, offset (0 or more) and length (1 to %1) are required.")
                             .arg(kMaxSnapshotChunk));
    const auto info = currentSnapshot(store, directory, caller.branchId);
    if (!info)
        return error(Status::NotFound,
                     ServerText::tr("The branch has no snapshot; download it page by page."));
    if (info->baselineId != id)
        return error(Status::Conflict,
                     ServerText::tr("The branch's snapshot was made again; start its download "
                                    "afresh."));
    if (offset >= info->size)
        return error(Status::RequestRangeNotSatisfiable,
                     ServerText::tr("The offset is past the end of the snapshot."));
    const QByteArray bytes = BranchSnapshot(directory).read(caller.branchId, offset, length);
    if (bytes.isEmpty())
        return error(Status::ServiceUnavailable,
                     ServerText::tr("The snapshot could not be read; try again."));
    return QHttpServerResponse(QByteArrayLiteral("application/octet-stream"), bytes);
}

// POST /v1/audit: a workstation's audit entries after the last it had sent.
QHttpServerResponse pushAudit(ServerStore &store, const ServerStore::Caller &caller,
                              const QHttpServerRequest &request)
{
    if (request.body().size() > kMaxBodyBytes)
        return error(Status::PayloadTooLarge,
                     ServerText::tr("The request is larger than the server accepts."));
    QJsonParseError parseError;
    const QJsonObject body = QJsonDocument::fromJson(request.body(), &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return error(Status::BadRequest,
                     ServerText::tr("The request is not a JSON object: %1")
                             .arg(parseError.errorString()));
    const int protocol = body.value(QStringLiteral("protocol")).toInt(-1);
    if (!SyncProtocol::serves(protocol))
        return pleaseUpdate(protocol);
    const QString node = body.value(QStringLiteral("origin_node")).toString();
    const QJsonValue entriesValue = body.value(QStringLiteral("entries"));
    if (node.isEmpty() || node.size() > 64 || !entriesValue.isArray())
        return error(Status::BadRequest,
                     ServerText::tr("origin_node and an array of entries are required."));
    QList<AuditEntry> entries;
    for (const QJsonValue &value : entriesValue.toArray()) {
        const QJsonObject object = value.toObject();
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
        if (entry.seq < 1 || entry.id.isEmpty() || entry.action.isEmpty() || entry.hash.size() != 64
            || entry.prevHash.size() != 64)
            return error(
                    Status::BadRequest,
                    ServerText::tr("An audit entry needs seq, id, action, prev_hash and hash."));
        entries << entry;
    }
    QList<ServerStore::AuditResult> stored;
    if (!store.appendAudit(caller.branchId, node, entries, &stored))
        return error(
                Status::ServiceUnavailable,
                ServerText::tr("The server could not store the audit entries; send them again."));
    QJsonArray results;
    for (const auto &result : std::as_const(stored)) {
        QJsonObject answer { { QStringLiteral("seq"), double(result.seq) },
                             { QStringLiteral("status"),
                               result.outcome == ServerStore::AuditOutcome::Applied
                                       ? QStringLiteral("applied")
                                       : result.outcome == ServerStore::AuditOutcome::Duplicate
                                       ? QStringLiteral("duplicate")
                                       : QStringLiteral("refused") } };
        if (!result.reason.isEmpty())
            answer.insert(QStringLiteral("reason"), result.reason);
        results << answer;
    }
    return QHttpServerResponse(QJsonObject { { QStringLiteral("results"), results } });
}

QString methodName(const QHttpServerRequest &request)
{
    return request.method() == QHttpServerRequest::Method::Post ? QStringLiteral("POST")
                                                                : QStringLiteral("GET");
}

// One log line per answered request; `caller` when the request was signed in.
QHttpServerResponse logged(const QHttpServerRequest &request, const QElapsedTimer &timer,
                           QHttpServerResponse response,
                           const ServerStore::Caller *caller = nullptr)
{
    ServerLog::request(methodName(request), request.url().path(), int(response.statusCode()),
                       timer.elapsed(), caller ? caller->branchId : QString(),
                       caller ? caller->username : QString());
    return response;
}

// The /v1 routes that need a signed-in caller.
template<typename Handler> auto authorised(ServerStore *store, Handler handler)
{
    return [store, handler](const QHttpServerRequest &request) {
        QElapsedTimer timer;
        timer.start();
        if (!store)
            return logged(request, timer,
                          error(Status::ServiceUnavailable,
                                ServerText::tr("No database is configured.")));
        QHttpServerResponse refusal(Status::Unauthorized);
        const auto caller = callerOf(*store, request, &refusal);
        if (!caller)
            return logged(request, timer, std::move(refusal));
        return logged(request, timer, handler(*store, *caller, request), &*caller);
    };
}
} // namespace

void install(QHttpServer &server, ServerStore *store, const QString &snapshotDir)
{
    server.route(
            QStringLiteral("/health"), QHttpServerRequest::Method::Get,
            [store](const QHttpServerRequest &request) {
                QElapsedTimer timer;
                timer.start();
                return logged(
                        request, timer,
                        QHttpServerResponse(QJsonObject {
                                { QStringLiteral("status"), QStringLiteral("ok") },
                                { QStringLiteral("service"), QStringLiteral("branchdesk-server") },
                                { QStringLiteral("version"),
                                  QCoreApplication::applicationVersion() },
                                { QStringLiteral("protocol"), SyncProtocol::kVersion },
                                { QStringLiteral("schema"), Store::latestSchemaVersion() },
                                { QStringLiteral("database"),
                                  store && store->isOpen() ? QStringLiteral("ok")
                                                           : QStringLiteral("none") },
                                { QStringLiteral("epoch"), store ? store->epoch() : QString() },
                                { QStringLiteral("time"),
                                  QDateTime::currentDateTimeUtc().toString(Qt::ISODate) } }));
            });
    server.route(QStringLiteral("/v1/sign-in"), QHttpServerRequest::Method::Post,
                 [store](const QHttpServerRequest &request) {
                     QElapsedTimer timer;
                     timer.start();
                     if (!store)
                         return logged(request, timer,
                                       error(Status::ServiceUnavailable,
                                             ServerText::tr("No database is configured.")));
                     return logged(request, timer, signIn(*store, request));
                 });
    server.route(QStringLiteral("/v1/push"), QHttpServerRequest::Method::Post,
                 authorised(store, push));
    server.route(QStringLiteral("/v1/changes"), QHttpServerRequest::Method::Get,
                 authorised(store, changesAfter));
    server.route(QStringLiteral("/v1/audit"), QHttpServerRequest::Method::Post,
                 authorised(store, pushAudit));
    server.route(QStringLiteral("/v1/baseline"), QHttpServerRequest::Method::Get,
                 authorised(store,
                            [](ServerStore &s, const ServerStore::Caller &caller,
                               const QHttpServerRequest &) { return baselineInfo(s, caller); }));
    server.route(QStringLiteral("/v1/baseline-page"), QHttpServerRequest::Method::Get,
                 authorised(store, baselinePage));
    server.route(QStringLiteral("/v1/snapshot"), QHttpServerRequest::Method::Get,
                 authorised(store,
                            [snapshotDir](ServerStore &s, const ServerStore::Caller &caller,
                                          const QHttpServerRequest &) {
                                return snapshotInfo(s, snapshotDir, caller);
                            }));
    server.route(QStringLiteral("/v1/snapshot-chunk"), QHttpServerRequest::Method::Get,
                 authorised(store,
                            [snapshotDir](ServerStore &s, const ServerStore::Caller &caller,
                                          const QHttpServerRequest &request) {
                                return snapshotChunk(s, snapshotDir, caller, request);
                            }));
}

} // namespace bd::ServerRoutes
