#include "app/server/ServerRoutes.h"

#include <QHttpServer>

namespace bd::ServerRoutes {

void install(QHttpServer &server, ServerStore *store, const QString &snapshotDir,
             const SignInThrottle::Policy &signIn, const AuditSigningKey *auditKey,
             const ServerLanes &lanes)
{
    installHealth(server, store, auditKey);
    installSignIn(server, store, signIn);
    installChanges(server, store, snapshotDir, lanes);
    installAudit(server, store, auditKey);
    installBaseline(server, store, snapshotDir);
    // One request per connection (HttpFront checks each before QHttpServer reads it).
    server.afterRequest([](QHttpServerResponse &&response) {
        response.addHeader("Connection", "close");
        return std::move(response);
    });
    installEvents(server, store);
}

} // namespace bd::ServerRoutes
