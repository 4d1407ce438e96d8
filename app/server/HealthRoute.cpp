// GET /health: for monitoring and for a workstation's first look; needs no sign-in.
#include "app/common/SyncProtocol.h"
#include "app/server/ServerRoute.h"
#include "app/server/ServerRoutes.h"
#include "app/server/ServerStore.h"
#include "database/core/MigrationRunner.h"

#include <QDateTime>

namespace bd::ServerRoutes {

void installHealth(QHttpServer &server, ServerStore *store)
{
    ServerRoute::open(
            server, QStringLiteral("/health"), ServerRoute::Method::Get,
            [store](const QHttpServerRequest &) {
                const bool ready = store && store->database().isOpen();
                return QHttpServerResponse(QJsonObject {
                        { QStringLiteral("status"), QStringLiteral("ok") },
                        { QStringLiteral("service"), QStringLiteral("branchdesk-server") },
                        { QStringLiteral("version"), QCoreApplication::applicationVersion() },
                        { QStringLiteral("protocol"), SyncProtocol::kVersion },
                        // The workstation schema this server was built with.
                        { QStringLiteral("schema"), MigrationRunner::latestVersion() },
                        { QStringLiteral("database"),
                          ready ? QStringLiteral("ok") : QStringLiteral("none") },
                        { QStringLiteral("epoch"), store ? store->database().epoch() : QString() },
                        { QStringLiteral("time"),
                          QDateTime::currentDateTimeUtc().toString(Qt::ISODate) } });
            });
}

} // namespace bd::ServerRoutes
