#pragma once

// branchdesk-server's routes served inside the test's own process, over its embedded store
// (EmbeddedServerStore.h), as the server program serves them: for tests that look into the
// store while they talk HTTP to it. Needs Qt6::HttpServer in the test's LIBS.
#include "EmbeddedServerStore.h"
#include "app/server/ServerRoutes.h"

#include <QHostAddress>
#include <QHttpServer>

namespace bd::test {

// Serves `store`'s routes (snapshots in `folder`) on a free loopback port, events posted to
// them delivered into the branches' logs at once; the port, or 0 when none could be had.
inline quint16 serveOnLoopback(QHttpServer &server, ServerStore &store, const QString &folder)
{
    ServerRoutes::install(server, &store, folder);
    store.events().ingest().deliversToLogs = true;
    return server.listen(QHostAddress::LocalHost, 0);
}

} // namespace bd::test
