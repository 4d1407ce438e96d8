// POST /v1/sign-in: a bearer token for a staff account (docs/SYNC_PROTOCOL.md).
#include "app/common/SyncProtocol.h"
#include "app/server/ServerLog.h"
#include "app/server/ServerRoute.h"
#include "app/server/ServerRoutes.h"
#include "app/server/ServerStore.h"

#include <QJsonDocument>

#include <memory>

namespace bd::ServerRoutes {

namespace {
using namespace ServerRoute;

QHttpServerResponse signIn(ServerStore &store, SignInThrottle &throttle,
                           const QHttpServerRequest &request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    // A workstation names its protocol at sign-in: an older one is told to update before
    // it downloads anything it could not take completely.
    if (body.contains(QStringLiteral("protocol"))
        && !SyncProtocol::serves(body.value(QStringLiteral("protocol")).toInt(-1)))
        return pleaseUpdate(body.value(QStringLiteral("protocol")).toInt(-1));
    const QString username = body.value(QStringLiteral("username")).toString();
    const QString address = request.remoteAddress().toString();
    // A locked name or address is not even checked: no Argon2 work for a guesser, and
    // the right password does not get in either until the lock ends.
    if (const qint64 wait = throttle.lockedFor(username, address); wait > 0) {
        QHttpServerResponse locked = error(
                Status::TooManyRequests,
                Text::tr("Too many failed sign-ins. Try again in %n minute(s).", nullptr,
                         int((wait + 59) / 60)));
        locked.addHeader("Retry-After", QByteArray::number(wait));
        return locked;
    }
    // An unknown user, a wrong password and a store that failed get the same answer.
    const QString node = body.value(QStringLiteral("node")).toString();
    if (node.size() > 64)
        return error(Status::BadRequest, Text::tr("The workstation's node id is too long."));
    const Result<ServerAccounts::Token> token = store.accounts().signIn(
            username, body.value(QStringLiteral("password")).toString(), node);
    if (!token) {
        throttle.failed(username, address);
        return error(Status::Unauthorized, Text::tr("The user name or password is incorrect."));
    }
    throttle.succeeded(username, address);
    // The node's audit chain is its branch's: an account of another branch cannot take it.
    if (token->nodeOfAnotherBranch) {
        ServerLog::event(ServerLog::Level::Warning, QStringLiteral("sign_in_node_refused"),
                         { { QStringLiteral("user"), username },
                           { QStringLiteral("node"), node } });
        return error(Status::Forbidden,
                     Text::tr("This workstation belongs to another branch than the account."));
    }
    return QHttpServerResponse(
            QJsonObject { { QStringLiteral("token"), token->token },
                          { QStringLiteral("expires_at"), token->expiresAt.toString(Qt::ISODate) },
                          { QStringLiteral("branch_id"), token->caller.branchId.toString() },
                          { QStringLiteral("role"), StaffRoles::code(token->caller.role) } });
}
} // namespace

void installSignIn(QHttpServer &server, ServerStore *store, const SignInThrottle::Policy &policy)
{
    auto throttle = std::make_shared<SignInThrottle>(policy,
                                                     store ? &store->database() : nullptr);
    open(server, QStringLiteral("/v1/sign-in"), Method::Post, store,
         [store, throttle](const QHttpServerRequest &request) {
             return store ? signIn(*store, *throttle, request) : noDatabase();
         });
}

} // namespace bd::ServerRoutes
