#include "app/server/ServerRoutes.h"

namespace bd::ServerRoutes {

void install(QHttpServer &server, ServerStore *store, const QString &snapshotDir)
{
    installHealth(server, store);
    installSignIn(server, store);
    installChanges(server, store);
    installAudit(server, store);
    installBaseline(server, store, snapshotDir);
    installEvents(server, store);
}

} // namespace bd::ServerRoutes
