// branchdesk-server: the central sync service shared by all branches.
#include "ServerRoutes.h"
#include "ServerStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QHttpServer>
#include <QTcpServer>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("branchdesk-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
            QCoreApplication::translate("server", "BranchDesk central sync server."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(
            QStringLiteral("listen"),
            QCoreApplication::translate("server", "Address to listen on (default 127.0.0.1)."),
            QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(
            QStringLiteral("port"),
            QCoreApplication::translate("server", "TCP port (default 8470; 0 picks a free one)."),
            QStringLiteral("port"), QStringLiteral("8470"));
    const QCommandLineOption pgHost(QStringLiteral("pg-host"),
                                    QCoreApplication::translate("server", "PostgreSQL host."),
                                    QStringLiteral("host"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption pgPort(QStringLiteral("pg-port"),
                                    QCoreApplication::translate("server", "PostgreSQL port."),
                                    QStringLiteral("port"), QStringLiteral("5432"));
    const QCommandLineOption pgDatabase(
            QStringLiteral("pg-database"),
            QCoreApplication::translate("server", "PostgreSQL database; without it only /health "
                                                  "answers."),
            QStringLiteral("name"));
    const QCommandLineOption pgUser(QStringLiteral("pg-user"),
                                    QCoreApplication::translate("server", "PostgreSQL user "
                                                                          "(password from "
                                                                          "BRANCHDESK_PG_PASSWORD)."),
                                    QStringLiteral("user"), QStringLiteral("branchdesk"));
    parser.addOption(listen);
    parser.addOption(port);
    parser.addOption(pgHost);
    parser.addOption(pgPort);
    parser.addOption(pgDatabase);
    parser.addOption(pgUser);
    parser.process(app);

    std::unique_ptr<bd::ServerStore> store;
    if (parser.isSet(pgDatabase)) {
        bd::ServerStore::Settings settings;
        settings.host = parser.value(pgHost);
        settings.port = parser.value(pgPort).toInt();
        settings.database = parser.value(pgDatabase);
        settings.user = parser.value(pgUser);
        settings.password = qEnvironmentVariable("BRANCHDESK_PG_PASSWORD");
        store = std::make_unique<bd::ServerStore>();
        if (!store->open(settings)) {
            std::fprintf(stderr, "%s\n", qPrintable(store->errorString()));
            return 1;
        }
    }

    QHttpServer server;
    bd::ServerRoutes::install(server, store.get());
    bool portOk = false;
    const quint16 wanted = parser.value(port).toUShort(&portOk);
    const QHostAddress address(parser.value(listen));
    if (!portOk || address.isNull()) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("server",
                                                            "Invalid --listen or --port value.")));
        return 2;
    }
    const quint16 actual = server.listen(address, wanted);
    if (actual == 0) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("server", "Cannot listen on %1:%2.")
                                        .arg(address.toString())
                                        .arg(wanted)));
        return 1;
    }
    std::printf("listening on %s:%u\n", qPrintable(address.toString()), actual);
    std::fflush(stdout);
    return app.exec();
}
