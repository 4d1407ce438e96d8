// POST /v1/sign-in: a bearer token for a staff account (docs/SYNC_PROTOCOL.md).
#include "app/common/SyncProtocol.h"
#include "app/server/ServerRoute.h"
#include "app/server/ServerRoutes.h"
#include "app/server/ServerStore.h"

#include <QJsonDocument>

namespace bd::ServerRoutes {

namespace {
using namespace ServerRoute;

QHttpServerResponse signIn(ServerStore &store, const QHttpServerRequest &request)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    // A workstation names its protocol at sign-in: an older one is told to update before
    // it downloads anything it could not take completely.
    if (body.contains(QStringLiteral("protocol"))
        && !SyncProtocol::serves(body.value(QStringLiteral("protocol")).toInt(-1)))
        return pleaseUpdate(body.value(QStringLiteral("protocol")).toInt(-1));
    // An unknown user, a wrong password and a store that failed get the same answer.
    const Result<ServerAccounts::Token> token
            = store.accounts().signIn(body.value(QStringLiteral("username")).toString(),
                                      body.value(QStringLiteral("password")).toString());
    if (!token)
        return error(Status::Unauthorized, Text::tr("The user name or password is incorrect."));
    return QHttpServerResponse(
            QJsonObject { { QStringLiteral("token"), token->token },
                          { QStringLiteral("expires_at"), token->expiresAt.toString(Qt::ISODate) },
                          { QStringLiteral("branch_id"), token->caller.branchId.toString() },
                          { QStringLiteral("role"), StaffRoles::code(token->caller.role) } });
}
} // namespace

void installSignIn(QHttpServer &server, ServerStore *store)
{
    open(server, QStringLiteral("/v1/sign-in"), Method::Post, store,
         [store](const QHttpServerRequest &request) {
             return store ? signIn(*store, request) : noDatabase();
         });
}

} // namespace bd::ServerRoutes
