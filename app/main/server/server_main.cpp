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

namespace {
// Branches and staff accounts are authoritative on the server; these set them up.
int runSetupCommand(bd::ServerStore &store, const QStringList &command)
{
    auto fail = [](const QString &message, int code) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        return code;
    };
    if (command.first() == QLatin1String("add-branch") && command.size() == 4) {
        if (!store.ensureBranch(command.at(1), command.at(2), command.at(3)))
            return fail(store.errorString(), 1);
        std::printf("%s\n", qPrintable(QCoreApplication::translate("server", "Branch %1 is set up.")
                                              .arg(command.at(2))));
        return 0;
    }
    if (command.first() == QLatin1String("add-user") && command.size() == 4) {
        const std::optional<bd::StaffRole> role = bd::StaffRoles::fromCode(command.at(3));
        const QString password = qEnvironmentVariable("BRANCHDESK_NEW_PASSWORD");
        if (!role)
            return fail(QCoreApplication::translate("server", "Unknown role %1.").arg(command.at(3)), 2);
        if (password.size() < 8)
            return fail(QCoreApplication::translate("server", "Set BRANCHDESK_NEW_PASSWORD to a "
                                                              "password of at least 8 characters."),
                        2);
        if (!store.hasBranch(command.at(2)))
            return fail(QCoreApplication::translate("server", "Unknown branch %1.").arg(command.at(2)), 1);
        if (!store.addAccount(command.at(1), command.at(2), *role, password))
            return fail(store.errorString(), 1);
        std::printf("%s\n", qPrintable(QCoreApplication::translate("server", "User %1 can sign in.")
                                              .arg(command.at(1))));
        return 0;
    }
    return fail(QCoreApplication::translate("server", "Unknown set-up command; see --help."), 2);
}
} // namespace

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
    parser.addPositionalArgument(
            QStringLiteral("command"),
            QCoreApplication::translate(
                    "server",
                    "Set-up instead of serving: 'add-branch ID CODE NAME' or "
                    "'add-user USERNAME BRANCH_ID ROLE' (password from BRANCHDESK_NEW_PASSWORD)."),
            QStringLiteral("[command args...]"));
    parser.process(app);
    const QStringList command = parser.positionalArguments();
    if (!command.isEmpty() && !parser.isSet(pgDatabase)) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("server",
                                                            "Set-up commands need --pg-database.")));
        return 2;
    }

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

    if (!command.isEmpty())
        return runSetupCommand(*store, command);

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
