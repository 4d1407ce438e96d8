#include "app/server/ServerRoute.h"

#include "app/common/SyncProtocol.h"
#include "app/server/ServerLog.h"
#include "app/server/ServerMetrics.h"
#include "app/server/ServerRoutes.h"
#include "app/server/ServerStore.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QJsonDocument>

#include <variant>

namespace bd::ServerRoute {

namespace {
// The caller of a /v1 request, from its bearer token; empty if none.
std::optional<Caller> callerOf(ServerStore &store, const QHttpServerRequest &request)
{
    const QByteArray header = request.value("Authorization");
    const QByteArray prefix = "Bearer ";
    if (!header.startsWith(prefix))
        return std::nullopt;
    return store.accounts().authorise(QString::fromLatin1(header.mid(prefix.size()).trimmed()));
}

QString methodName(const QHttpServerRequest &request)
{
    return request.method() == Method::Post ? QStringLiteral("POST") : QStringLiteral("GET");
}

// The body of a sync POST, or the answer refusing it (QHttpServerResponse can only be
// moved, hence a variant rather than a Result).
std::variant<QJsonObject, QHttpServerResponse> syncRequestBody(const QHttpServerRequest &request,
                                                               BodyShape shape)
{
    if (request.body().size() > ServerRoutes::kMaxBodyBytes)
        return error(Status::PayloadTooLarge,
                     Text::tr("The request is larger than the server accepts."));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
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
QHttpServerResponse logged(const QHttpServerRequest &request, const QElapsedTimer &timer,
                           QHttpServerResponse response, const Caller *caller = nullptr)
{
    if (response.statusCode() == Status::ServiceUnavailable && !response.hasHeader("Retry-After"))
        response.setHeader("Retry-After", QByteArray::number(kRetryAfterSeconds));
    ServerLog::request(methodName(request), request.url().path(), int(response.statusCode()),
                       timer.elapsed(), caller ? caller->branchId.toString() : QString(),
                       caller ? caller->username : QString());
    ServerMetrics::request(request.url().path(), int(response.statusCode()), timer.nsecsElapsed());
    return response;
}

// A failed answer may hide a lost database: a refused token or sign-in (the accounts
// could not be read), a 5xx (the push's transaction died with the connection). Then the
// caller is told to come back (503) rather than that it is not signed in.
QHttpServerResponse unlessDatabaseLost(ServerStore *store, QHttpServerResponse response)
{
    const int status = int(response.statusCode());
    if (store && (status == int(Status::Unauthorized) || status >= 500)
        && !store->database().reachable())
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

void signedIn(QHttpServer &server, const QString &path, Method method, ServerStore *store,
              SignedInHandler handler)
{
    server.route(path, method, [store, handler](const QHttpServerRequest &request) {
        QElapsedTimer timer;
        timer.start();
        if (!store)
            return logged(request, timer, noDatabase());
        if (!store->database().usable())
            return logged(request, timer, databaseUnavailable());
        const std::optional<Caller> caller = callerOf(*store, request);
        if (!caller)
            return logged(request, timer,
                          unlessDatabaseLost(store,
                                             error(Status::Unauthorized,
                                                   Text::tr("Sign in first: the token is missing, "
                                                            "expired or not valid."))));
        return logged(request, timer,
                      unlessDatabaseLost(store, handler(*store, *caller, request)), &*caller);
    });
}

void signedInSyncPost(QHttpServer &server, const QString &path, ServerStore *store, BodyShape shape,
                      SyncPostHandler handler)
{
    signedIn(server, path, Method::Post, store,
             [shape, handler](ServerStore &s, const Caller &caller,
                              const QHttpServerRequest &request) {
                 auto body = syncRequestBody(request, shape);
                 if (auto *refusal = std::get_if<QHttpServerResponse>(&body))
                     return std::move(*refusal);
                 return handler(s, caller, std::get<QJsonObject>(body));
             });
}

} // namespace bd::ServerRoute
