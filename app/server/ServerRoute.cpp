#include "app/server/ServerRoute.h"

#include "app/common/SyncProtocol.h"
#include "app/server/ServerLane.h"
#include "app/server/ServerLog.h"
#include "app/server/ServerMetrics.h"
#include "app/server/ServerRoutes.h"
#include "app/server/ServerStore.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QJsonDocument>
#include <QPointer>
#include <QTcpSocket>

#include <variant>

namespace bd::ServerRoute {

namespace {
// The caller of a /v1 request, from its bearer token; empty if none.
std::optional<Caller> callerOf(ServerStore &store, const QByteArray &header)
{
    const QByteArray prefix = "Bearer ";
    if (!header.startsWith(prefix))
        return std::nullopt;
    return store.accounts().authorise(QString::fromLatin1(header.mid(prefix.size()).trimmed()));
}

QString methodName(Method method)
{
    return method == Method::Post ? QStringLiteral("POST") : QStringLiteral("GET");
}

// The body of a sync POST, or the answer refusing it (QHttpServerResponse can only be
// moved, hence a variant rather than a Result).
std::variant<QJsonObject, QHttpServerResponse> syncRequestBody(const QByteArray &bytes,
                                                               BodyShape shape)
{
    if (bytes.size() > ServerRoutes::kMaxBodyBytes)
        return error(Status::PayloadTooLarge,
                     Text::tr("The request is larger than the server accepts."));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError
        || (shape == BodyShape::Object && !document.isObject()))
        return error(
                Status::BadRequest,
                Text::tr("The request is not a JSON object: %1").arg(parseError.errorString()));
    const QJsonObject body = document.object();
    const int protocol = body.value(QStringLiteral("protocol")).toInt(-1);
    if (!SyncProtocol::serves(protocol))
        return pleaseUpdate(protocol);
    return body;
}

// One log line per answered request (`caller` when it was signed in), and its count and
// latency for /metrics. A 503 says when to try again (the balancer or the workstation).
QHttpServerResponse logged(Method method, const QString &path, const QElapsedTimer &timer,
                           QHttpServerResponse response, const Caller *caller = nullptr)
{
    if (response.statusCode() == Status::ServiceUnavailable && !response.hasHeader("Retry-After"))
        response.setHeader("Retry-After", QByteArray::number(kRetryAfterSeconds));
    ServerLog::request(methodName(method), path, int(response.statusCode()), timer.elapsed(),
                       caller ? caller->branchId.toString() : QString(),
                       caller ? caller->username : QString());
    ServerMetrics::request(path, int(response.statusCode()), timer.nsecsElapsed());
    return response;
}

QHttpServerResponse logged(const QHttpServerRequest &request, const QElapsedTimer &timer,
                           QHttpServerResponse response)
{
    return logged(request.method(), request.url().path(), timer, std::move(response));
}

// A failed answer may hide a lost database: a refused token or sign-in (the accounts
// could not be read), a 5xx (the push's transaction died with the connection). Then the
// caller is told to come back (503) rather than that it is not signed in.
QHttpServerResponse unlessDatabaseLost(ServerStore *store, QHttpServerResponse response)
{
    const int status = int(response.statusCode());
    if (store && (status == int(Status::Unauthorized) || status >= 500)
        && !store->database().connectionHeld())
        return databaseUnavailable();
    return response;
}
} // namespace

QHttpServerResponse databaseUnavailable()
{
    return error(Status::ServiceUnavailable,
                 Text::tr("The server cannot reach its database just now; try again shortly."));
}

QHttpServerResponse error(Status status, const QString &message)
{
    return QHttpServerResponse(QJsonObject { { QStringLiteral("error"), message } }, status);
}

QHttpServerResponse pleaseUpdate(int protocol)
{
    QJsonObject answer {
        { QStringLiteral("error"),
          Text::tr("This workstation speaks sync protocol %1; the server speaks %2. "
                   "Please update BranchDesk. Your unsent changes are kept.")
                  .arg(protocol)
                  .arg(SyncProtocol::kVersion) },
        { QStringLiteral("server_protocol"), SyncProtocol::kVersion }
    };
    return QHttpServerResponse(answer, Status::UpgradeRequired);
}

QHttpServerResponse noDatabase()
{
    return error(Status::ServiceUnavailable, Text::tr("No database is configured."));
}

void open(QHttpServer &server, const QString &path, Method method, OpenHandler handler)
{
    open(server, path, method, nullptr, std::move(handler));
}

void open(QHttpServer &server, const QString &path, Method method, ServerStore *store,
          OpenHandler handler)
{
    server.route(path, method, [store, handler](const QHttpServerRequest &request) {
        QElapsedTimer timer;
        timer.start();
        if (store && !store->database().usable())
            return logged(request, timer, databaseUnavailable());
        return logged(request, timer, unlessDatabaseLost(store, handler(request)));
    });
}

namespace {
// A signed-in route's checks, then `handle(store, caller)`, logged: 503 without a store or
// while its database is lost, 401 without a valid token.
template <typename Handle>
QHttpServerResponse answerSignedIn(ServerStore *store, const LaneRequest &request,
                                   const QElapsedTimer &timer, Handle handle)
{
    const QString path = request.url.path();
    if (!store)
        return logged(request.method, path, timer, noDatabase());
    if (!store->database().usable())
        return logged(request.method, path, timer, databaseUnavailable());
    const std::optional<Caller> caller = callerOf(*store, request.authorization);
    if (!caller)
        return logged(request.method, path, timer,
                      unlessDatabaseLost(store,
                                         error(Status::Unauthorized,
                                               Text::tr("Sign in first: the token is missing, "
                                                        "expired or not valid."))));
    return logged(request.method, path, timer, unlessDatabaseLost(store, handle(*store, *caller)),
                  &*caller);
}

LaneRequest copyOf(const QHttpServerRequest &request)
{
    return LaneRequest { request.method(), request.url(), request.value("Authorization"),
                         request.body() };
}

// The sync POST's body checked, then the handler.
SignedInLaneHandler withSyncBody(BodyShape shape, SyncPostHandler handler)
{
    return [shape, handler](ServerStore &s, const Caller &caller, const LaneRequest &request) {
        auto body = syncRequestBody(request.body, shape);
        if (auto *refusal = std::get_if<QHttpServerResponse>(&body))
            return std::move(*refusal);
        return handler(s, caller, std::get<QJsonObject>(body));
    };
}
} // namespace

void signedIn(QHttpServer &server, const QString &path, Method method, ServerStore *store,
              SignedInHandler handler)
{
    server.route(path, method, [store, handler](const QHttpServerRequest &request) {
        QElapsedTimer timer;
        timer.start();
        return answerSignedIn(store, copyOf(request), timer,
                              [&](ServerStore &s, const Caller &caller) {
                                  return handler(s, caller, request);
                              });
    });
}

void signedIn(QHttpServer &server, const QString &path, Method method, ServerLane &lane,
              SignedInLaneHandler handler)
{
    QHttpServer *answering = &server;
    server.route(path, method,
                 [&lane, answering, handler](const QHttpServerRequest &request,
                                             QHttpServerResponder &&responder) {
                     QElapsedTimer timer;
                     timer.start();
                     auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
                     // A client that gave up meanwhile: its socket is gone, nothing is written.
                     const QPointer<QTcpSocket> socket(held->socket());
                     lane.run(
                             [request = copyOf(request), timer, handler](ServerStore &store) {
                                 return answerSignedIn(&store, request, timer,
                                                       [&](ServerStore &s, const Caller &caller) {
                                                           return handler(s, caller, request);
                                                       });
                             },
                             answering,
                             [held, socket](QHttpServerResponse &&response) {
                                 if (!socket)
                                     return;
                                 // QHttpServer's afterRequest is not asked for a responder's
                                 // answer: one request per connection, as every answer says.
                                 response.addHeader("Connection", "close");
                                 response.write(std::move(*held));
                             });
                 });
}

void signedInSyncPost(QHttpServer &server, const QString &path, ServerStore *store, BodyShape shape,
                      SyncPostHandler handler)
{
    const SignedInLaneHandler checked = withSyncBody(shape, std::move(handler));
    signedIn(server, path, Method::Post, store,
             [checked](ServerStore &s, const Caller &caller, const QHttpServerRequest &request) {
                 return checked(s, caller, copyOf(request));
             });
}

void signedInSyncPost(QHttpServer &server, const QString &path, ServerLane &lane,
                      BodyShape shape, SyncPostHandler handler)
{
    signedIn(server, path, Method::Post, lane, withSyncBody(shape, std::move(handler)));
}

} // namespace bd::ServerRoute
