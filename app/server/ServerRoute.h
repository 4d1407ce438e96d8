#pragma once

#include "app/server/ServerAccounts.h"

#include <QCoreApplication>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonObject>
#include <QUrl>

#include <functional>

class QHttpServer;

namespace bd {

class ServerLane;
class ServerStore;

// What every route of branchdesk-server shares: who the caller is (from the bearer token),
// answers in JSON, reading a sync request's body, and one log line per request. The
// routes themselves are in groups (ServerRoutes.h).
namespace ServerRoute {

using Status = QHttpServerResponder::StatusCode;
using Method = QHttpServerRequest::Method;
using Caller = ServerAccounts::Caller;

// The routes' sentences for people: one translation context for every group.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ServerRoutes)
};

// {"error": message}, with the status.
QHttpServerResponse error(Status status, const QString &message);
// 426, naming the server's protocol: the workstation must be updated first.
QHttpServerResponse pleaseUpdate(int protocol);
// 503: the server runs without a database.
QHttpServerResponse noDatabase();
// 503: the database is configured but does not answer now (lost, or failing over). Every
// 503 carries Retry-After: the seconds after which to send the request again.
QHttpServerResponse databaseUnavailable();
constexpr int kRetryAfterSeconds = 1;

// /v1/push wants a JSON object; /v1/audit has always read the object of whatever JSON
// it is sent (an array reads as empty, then lacks a protocol).
enum class BodyShape { Object, AnyJson };

// A route anyone may call (it may run without a store), logged.
using OpenHandler = std::function<QHttpServerResponse(const QHttpServerRequest &)>;
void open(QHttpServer &server, const QString &path, Method method, OpenHandler handler);
// The same for a route that reads `store` (sign-in): 503 while its database is lost.
void open(QHttpServer &server, const QString &path, Method method, ServerStore *store,
          OpenHandler handler);

// A /v1 route for signed-in callers, logged with the caller: 503 without a store or while
// its database is lost, 401 without a valid token.
using SignedInHandler = std::function<QHttpServerResponse(ServerStore &, const Caller &,
                                                          const QHttpServerRequest &)>;
void signedIn(QHttpServer &server, const QString &path, Method method, ServerStore *store,
              SignedInHandler handler);

// A /v1 POST of a workstation's sync data (push, audit): as signedIn, and its body read
// before the handler sees it: 413 when larger than the server accepts, 400 when not JSON
// of the shape, 426 when the workstation speaks another protocol.
using SyncPostHandler
        = std::function<QHttpServerResponse(ServerStore &, const Caller &, const QJsonObject &)>;
void signedInSyncPost(QHttpServer &server, const QString &path, ServerStore *store, BodyShape shape,
                      SyncPostHandler handler);

// What a route run on a lane keeps of its request (a QHttpServerRequest cannot be copied and
// stays with the event loop that read it).
struct LaneRequest
{
    Method method;
    QUrl url;
    QByteArray authorization;
    QByteArray body;
};
// The same routes run on a ServerLane over its own store and connection, answered on the
// event loop when done: the event loop reads and answers other requests meanwhile.
using SignedInLaneHandler
        = std::function<QHttpServerResponse(ServerStore &, const Caller &, const LaneRequest &)>;
void signedIn(QHttpServer &server, const QString &path, Method method, ServerLane &lane,
              SignedInLaneHandler handler);
void signedInSyncPost(QHttpServer &server, const QString &path, ServerLane &lane,
                      BodyShape shape, SyncPostHandler handler);

} // namespace ServerRoute

} // namespace bd
