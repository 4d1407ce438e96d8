#pragma once

// branchdesk-server's routes served inside the test's own process, over its embedded store
// (EmbeddedServerStore.h), as the server program serves them: for tests that look into the
// store while they talk HTTP to it. Needs Qt6::HttpServer in the test's LIBS.
#include "EmbeddedServerStore.h"
#include "app/server/ServerRoutes.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QTemporaryDir>

namespace bd::test {

// Serves `store`'s routes (snapshots in `folder`) on a free loopback port, events posted to
// them delivered into the branches' logs at once; the port, or 0 when none could be had.
inline quint16 serveOnLoopback(QHttpServer &server, ServerStore &store, const QString &folder)
{
    ServerRoutes::install(server, &store, folder);
    store.events().ingest().deliversToLogs = true;
    return server.listen(QHostAddress::LocalHost, 0);
}

// The server of one test function, made in init() and dropped in cleanup() (members go in
// reverse: routes, store, folder): a folder, the embedded store in it with one branch, and,
// once the test's data is in, its routes on a loopback port.
struct OneBranchServer
{
    QTemporaryDir dir;
    ServerStore store;
    QHttpServer http;
    quint16 port = 0;

    // Opens the store and makes the branch `branchId` (code 001, "Main").
    Result<> open(const BranchId &branchId)
    {
        if (const Result<> opened
            = openEmbeddedStore(store, dir.filePath(QStringLiteral("server.db")));
            !opened)
            return opened;
        return store.branches().ensure({branchId, QStringLiteral("001"), QStringLiteral("Main")});
    }
    // serveOnLoopback(); false when no port could be had.
    bool serve()
    {
        port = serveOnLoopback(http, store, dir.path());
        return port != 0;
    }
};

} // namespace bd::test
