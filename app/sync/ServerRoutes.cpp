#include "ServerRoutes.h"

#include "ServerStore.h"
#include "SyncAuthorisation.h"
#include "Store.h"
#include "SyncProtocol.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

QHttpServerResponse signIn(ServerStore &store, const QHttpServerRequest &request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
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
    if (protocol != SyncProtocol::kVersion) {
        QJsonObject answer{{QStringLiteral("error"),
                            ServerText::tr("This workstation speaks sync protocol %1; the server speaks %2. "
                               "Please update BranchDesk. Your unsent changes are kept.")
                                    .arg(protocol)
                                    .arg(SyncProtocol::kVersion)},
                           {QStringLiteral("server_protocol"), SyncProtocol::kVersion}};
        return QHttpServerResponse(answer, Status::UpgradeRequired);
    }
    const QString branchId = body.value(QStringLiteral("branch_id")).toString(caller.branchId);
    if (branchId != caller.branchId)
        return error(Status::Forbidden,
                     ServerText::tr("Unknown branch, or a branch outside your own."));
    const QJsonValue changesValue = body.value(QStringLiteral("changes"));
    if (!changesValue.isArray())
        return error(Status::BadRequest, ServerText::tr("changes must be an array."));

    // Malformed changes are refused one by one; the others are stored.
    QJsonArray results;
    QList<SyncChange> valid;
    QList<int> validAt;
    const QJsonArray changes = changesValue.toArray();
    for (int i = 0; i < changes.size(); ++i) {
        QString problem;
        const SyncChange change = SyncChange::fromJson(changes.at(i).toObject(), &problem);
        if (problem.isEmpty() && !SyncAuthorisation::mayWrite(caller.role, change.table))
            problem = ServerText::tr("%1 may not change %2")
                              .arg(StaffRoles::code(caller.role), change.table);
        results << QJsonObject{{QStringLiteral("change_id"), change.changeId},
                               {QStringLiteral("status"), QStringLiteral("refused")},
                               {QStringLiteral("reason"), problem}};
        if (problem.isEmpty()) {
            valid << change;
            validAt << i;
        }
    }
    QList<ServerStore::Accepted> accepted;
    if (!store.append(branchId, valid, &accepted))
        return error(Status::ServiceUnavailable,
                     ServerText::tr("The server could not store the changes; send them again."));
    for (int j = 0; j < accepted.size(); ++j) {
        const auto &result = accepted.at(j);
        results[validAt.at(j)] = QJsonObject{
                {QStringLiteral("change_id"), result.changeId},
                {QStringLiteral("status"), result.outcome == ServerStore::Outcome::Applied
                                                   ? QStringLiteral("applied")
                                                   : QStringLiteral("duplicate")},
                {QStringLiteral("seq"), double(result.seq)}};
    }
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
    QJsonArray changes;
    qint64 last = after;
    const QList<SyncChange> found = store.changesAfter(branchId, after, limit);
    for (const SyncChange &change : found) {
        changes << change.toJson();
        last = change.seq;
    }
    return QHttpServerResponse(QJsonObject{{QStringLiteral("epoch"), store.epoch()},
                                           {QStringLiteral("changes"), changes},
                                           {QStringLiteral("last_seq"), double(last)},
                                           {QStringLiteral("more"), found.size() == limit}});
}
} // namespace

void install(QHttpServer &server, ServerStore *store)
{
    server.route(QStringLiteral("/health"), QHttpServerRequest::Method::Get, [store] {
        return QHttpServerResponse(QJsonObject{
                {QStringLiteral("status"), QStringLiteral("ok")},
                {QStringLiteral("service"), QStringLiteral("branchdesk-server")},
                {QStringLiteral("version"), QCoreApplication::applicationVersion()},
                {QStringLiteral("protocol"), SyncProtocol::kVersion},
                {QStringLiteral("schema"), Store::latestSchemaVersion()},
                {QStringLiteral("database"), store && store->isOpen() ? QStringLiteral("ok")
                                                                       : QStringLiteral("none")},
                {QStringLiteral("epoch"), store ? store->epoch() : QString()},
                {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}});
    });
    server.route(QStringLiteral("/v1/sign-in"), QHttpServerRequest::Method::Post,
                 [store](const QHttpServerRequest &request) {
                     if (!store)
                         return error(Status::ServiceUnavailable,
                                      ServerText::tr("No database is configured."));
                     return signIn(*store, request);
                 });
    server.route(QStringLiteral("/v1/push"), QHttpServerRequest::Method::Post,
                 [store](const QHttpServerRequest &request) {
                     if (!store)
                         return error(Status::ServiceUnavailable,
                                      ServerText::tr("No database is configured."));
                     QHttpServerResponse refusal(Status::Unauthorized);
                     const auto caller = callerOf(*store, request, &refusal);
                     return caller ? push(*store, *caller, request) : std::move(refusal);
                 });
    server.route(QStringLiteral("/v1/changes"), QHttpServerRequest::Method::Get,
                 [store](const QHttpServerRequest &request) {
                     if (!store)
                         return error(Status::ServiceUnavailable,
                                      ServerText::tr("No database is configured."));
                     QHttpServerResponse refusal(Status::Unauthorized);
                     const auto caller = callerOf(*store, request, &refusal);
                     return caller ? changesAfter(*store, *caller, request) : std::move(refusal);
                 });
}

} // namespace bd::ServerRoutes
