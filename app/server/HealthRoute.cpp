// GET /health: for monitoring and for a workstation's first look; needs no sign-in.
// GET /health/live and /health/ready: for a balancer or an orchestrator (liveness: the
// process answers; readiness: it can serve sync requests now). GET /metrics: Prometheus.
#include "app/common/SyncProtocol.h"
#include "app/server/AuditSigningKey.h"
#include "app/server/ServerMetrics.h"
#include "app/server/ServerRoute.h"
#include "app/server/ServerRoutes.h"
#include "app/server/ServerShutdown.h"
#include "app/server/ServerStore.h"
#include "database/core/MigrationRunner.h"

#include <QDateTime>

namespace bd::ServerRoutes {

namespace {
// Why the process should get no sync requests now; empty when it is ready.
QString notReadyBecause(ServerStore *store)
{
    if (ServerShutdown::isDraining())
        return QStringLiteral("draining");
    if (!store)
        return QStringLiteral("no database");
    if (!store->database().reachable())
        return QStringLiteral("database unreachable");
    return {};
}
} // namespace

void installHealth(QHttpServer &server, ServerStore *store, const AuditSigningKey *auditKey)
{
    ServerRoute::open(
            server, QStringLiteral("/health"), ServerRoute::Method::Get,
            [store, auditKey](const QHttpServerRequest &) {
                const bool reachable = store && store->database().reachable();
                const QString notReady = notReadyBecause(store);
                QJsonObject health {
                        { QStringLiteral("status"),
                          !store || reachable ? QStringLiteral("ok")
                                              : QStringLiteral("unavailable") },
                        { QStringLiteral("service"), QStringLiteral("branchdesk-server") },
                        { QStringLiteral("version"),
                          QCoreApplication::applicationVersion() },
                        { QStringLiteral("protocol"), SyncProtocol::kVersion },
                        // The workstation schema this server was built with.
                        { QStringLiteral("schema"), MigrationRunner::latestVersion() },
                        { QStringLiteral("database"),
                          !store        ? QStringLiteral("none")
                                  : reachable ? QStringLiteral("ok")
                                              : QStringLiteral("unreachable") },
                        { QStringLiteral("epoch"),
                          reachable ? store->database().epoch() : QString() },
                        { QStringLiteral("ready"), notReady.isEmpty() },
                        { QStringLiteral("draining"), ServerShutdown::isDraining() },
                        { QStringLiteral("time"),
                          QDateTime::currentDateTimeUtc().toString(Qt::ISODate) } };
                // What a workstation pins to check the audit checkpoints with (§8.2).
                if (auditKey)
                    health.insert(QStringLiteral("audit_key"), auditKey->published());
                return QHttpServerResponse(
                        health,
                        !store || reachable ? ServerRoute::Status::Ok
                                            : ServerRoute::Status::ServiceUnavailable);
            });
    ServerRoute::open(server, QStringLiteral("/health/live"), ServerRoute::Method::Get,
                      [](const QHttpServerRequest &) {
                          return QHttpServerResponse(
                                  QJsonObject { { QStringLiteral("live"), true } });
                      });
    ServerRoute::open(server, QStringLiteral("/health/ready"), ServerRoute::Method::Get,
                      [store](const QHttpServerRequest &) {
                          const QString notReady = notReadyBecause(store);
                          QJsonObject answer { { QStringLiteral("ready"), notReady.isEmpty() } };
                          if (!notReady.isEmpty())
                              answer.insert(QStringLiteral("reason"), notReady);
                          return QHttpServerResponse(
                                  answer,
                                  notReady.isEmpty() ? ServerRoute::Status::Ok
                                                     : ServerRoute::Status::ServiceUnavailable);
                      });
    ServerRoute::open(server, QStringLiteral("/metrics"), ServerRoute::Method::Get,
                      [](const QHttpServerRequest &) {
                          return QHttpServerResponse(
                                  QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8"),
                                  ServerMetrics::prometheusText());
                      });
}

} // namespace bd::ServerRoutes
