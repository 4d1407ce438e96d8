#include "ServerRoutes.h"

#include "Store.h"
#include "SyncProtocol.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonObject>

namespace bd::ServerRoutes {

void install(QHttpServer &server)
{
    server.route(QStringLiteral("/health"), QHttpServerRequest::Method::Get, [] {
        return QHttpServerResponse(QJsonObject{
                {QStringLiteral("status"), QStringLiteral("ok")},
                {QStringLiteral("service"), QStringLiteral("branchdesk-server")},
                {QStringLiteral("version"), QCoreApplication::applicationVersion()},
                {QStringLiteral("protocol"), SyncProtocol::kVersion},
                {QStringLiteral("schema"), Store::latestSchemaVersion()},
                {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}});
    });
}

} // namespace bd::ServerRoutes
