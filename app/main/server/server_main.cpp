// branchdesk-server: the central sync service shared by all branches.
#include "app/server/ServerConfig.h"
#include "app/server/ServerLog.h"
#include "app/server/ServerRoutes.h"
#include "app/server/ServerStore.h"
#include "database/baseline/BaselinePage.h"
#include "database/baseline/BranchSnapshot.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QHttpServer>
#include <QProcessEnvironment>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>

#include <cstdio>
#include <memory>

namespace {
// Qt's own messages (and the sync library's categories) become log lines too.
void logMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    bd::ServerLog::event(type == QtDebugMsg || type == QtInfoMsg ? bd::ServerLog::Level::Info
                                                                 : bd::ServerLog::Level::Warning,
                         QStringLiteral("message"),
                         { { QStringLiteral("category"), QString::fromLatin1(context.category) },
                           { QStringLiteral("message"), message } });
}

// Loads a workstation file's branch (a core-banking load, or `branchdesk-admin demo`) as
// the branch's baseline: every new workstation of the branch starts from it.
int importBranch(bd::ServerStore &store, const QString &path, const QString &snapshotDir)
{
    bd::BaselinePage::Reader reader(path);
    const QStringList branch = reader.branch();
    if (!reader.isOpen() || branch.size() != 3) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(reader.isOpen() ? QCoreApplication::translate("server",
                                                                              "%1 holds no branch.")
                                                          .arg(path)
                                                : reader.errorString()));
        return 1;
    }
    if (!store.ensureBranch(branch.at(0), branch.at(1), branch.at(2))
        || !store.beginBaseline(branch.at(0))) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
        return 1;
    }
    int pages = 0;
    qint64 rows = 0;
    QString table;
    int count = 0;
    QByteArray body;
    while (reader.next(&table, &count, &body)) {
        if (!store.addBaselinePage(branch.at(0), ++pages, table, count, body)) {
            store.abortBaseline();
            std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
            return 1;
        }
        rows += count;
    }
    if (!reader.errorString().isEmpty()) {
        store.abortBaseline();
        std::fprintf(stderr, "%s\n", qPrintable(reader.errorString()));
        return 1;
    }
    const auto baseline = store.commitBaseline(branch.at(0), pages, rows);
    if (!baseline
        || !store.recordCustomerHomes(branch.at(0), reader.customerIds(branch.at(0)), true)) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
        return 1;
    }
    std::printf(
            "%s\n",
            qPrintable(QCoreApplication::translate("server",
                                                   "Branch %1 (%2): %3 rows in %4 pages imported "
                                                   "as its baseline, as of change %5.")
                               .arg(branch.at(1), branch.at(0))
                               .arg(rows)
                               .arg(pages)
                               .arg(baseline->asOf)));
    std::fflush(stdout);

    // New, empty workstations download this ready-made file instead of the pages. Without
    // it they still get the pages, so a failure here is reported but does not fail the
    // import.
    QElapsedTimer timer;
    timer.start();
    bd::BranchSnapshot snapshot(snapshotDir);
    const auto made = snapshot.make(path, branch.at(0), baseline->id, baseline->asOf);
    if (!made) {
        std::fprintf(stderr, "%s\n", qPrintable(snapshot.errorString()));
        return 0;
    }
    std::printf("%s\n",
                qPrintable(QCoreApplication::translate(
                                   "server", "Snapshot for new workstations: %1 (%2 MB, %3 ms: "
                                             "copy %4, clean-up %5, checksum %6).")
                                   .arg(snapshot.filePath(branch.at(0)))
                                   .arg(made->size / (1024 * 1024))
                                   .arg(timer.elapsed())
                                   .arg(snapshot.copyMs)
                                   .arg(snapshot.stripMs)
                                   .arg(snapshot.hashMs)));
    return 0;
}

// Branches and staff accounts are authoritative on the server; these set them up.
int runSetupCommand(bd::ServerStore &store, const QStringList &command,
                    const QString &snapshotDir)
{
    auto fail = [](const QString &message, int code) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        return code;
    };
    if (command.first() == QLatin1String("add-branch") && command.size() == 4) {
        // Run again for an existing branch, it renames it: workstations follow at their
        // next pull (the branch list is reference data, see SYNC_PROTOCOL.md).
        if (!store.ensureBranch(command.at(1), command.at(2), command.at(3), true))
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
    if (command.first() == QLatin1String("import-branch") && command.size() == 2)
        return importBranch(store, command.at(1), snapshotDir);
    return fail(QCoreApplication::translate("server", "Unknown set-up command; see --help."), 2);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("branchdesk-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    auto fail = [](const QString &message, int code) {
        std::fprintf(stderr, "%s\n", qPrintable(message));
        return code;
    };

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
            "server",
            "BranchDesk central sync server. Each setting comes from the command line, "
            "else its environment variable, else the configuration file, else the "
            "default (docs/SYNC_PROTOCOL.md lists them)."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption config(
            QStringLiteral("config"),
            QCoreApplication::translate("server",
                                        "INI configuration file (or BRANCHDESK_SERVER_CONFIG)."),
            QStringLiteral("path"));
    parser.addOption(config);
    const QHash<QString, QString> help {
        { QStringLiteral("listen"),
          QCoreApplication::translate("server", "Address to listen on (default 127.0.0.1).") },
        { QStringLiteral("port"),
          QCoreApplication::translate("server", "TCP port (default 8470; 0 picks a free one).") },
        { QStringLiteral("log-level"),
          QCoreApplication::translate("server", "info (default), warning or off.") },
        { QStringLiteral("snapshot-dir"),
          QCoreApplication::translate("server",
                                      "Folder of the branch snapshots that import-branch makes "
                                      "for new workstations.") },
        { QStringLiteral("tls-certificate"),
          QCoreApplication::translate("server", "PEM certificate: serve HTTPS.") },
        { QStringLiteral("tls-key"),
          QCoreApplication::translate("server", "PEM private key of the certificate.") },
        { QStringLiteral("db-driver"),
          QCoreApplication::translate("server",
                                      "sqlite (one embedded file, for a trial) or postgres "
                                      "(production); default: postgres if --pg-database is "
                                      "given, else sqlite.") },
        { QStringLiteral("db-path"),
          QCoreApplication::translate("server",
                                      "The SQLite file (default: branchdesk-server.db in the "
                                      "app data folder, or in $STATE_DIRECTORY).") },
        { QStringLiteral("pg-host"),
          QCoreApplication::translate("server", "PostgreSQL host (default 127.0.0.1).") },
        { QStringLiteral("pg-port"),
          QCoreApplication::translate("server", "PostgreSQL port (default 5432).") },
        { QStringLiteral("pg-database"),
          QCoreApplication::translate("server",
                                      "PostgreSQL database: the store is PostgreSQL (without "
                                      "one, the embedded SQLite file).") },
        { QStringLiteral("pg-user"),
          QCoreApplication::translate(
                  "server", "PostgreSQL user (password from BRANCHDESK_PG_PASSWORD or the file).") }
    };
    QList<QCommandLineOption> options;
    for (const bd::ServerConfig::Key &key : bd::ServerConfig::keys()) {
        if (!key.option)
            continue;
        const QString name = QString::fromLatin1(key.option);
        options << QCommandLineOption(name, help.value(name), QStringLiteral("value"));
        parser.addOption(options.last());
    }
    parser.addPositionalArgument(
            QStringLiteral("command"),
            QCoreApplication::translate(
                    "server",
                    "Set-up instead of serving: 'add-branch ID CODE NAME', "
                    "'add-user USERNAME BRANCH_ID ROLE' (password from BRANCHDESK_NEW_PASSWORD) or "
                    "'import-branch WORKSTATION_FILE' (the file's branch becomes the baseline new "
                    "workstations download)."),
            QStringLiteral("[command args...]"));
    parser.process(app);

    QHash<QString, QString> commandLine;
    for (const QCommandLineOption &option : std::as_const(options)) {
        if (parser.isSet(option))
            commandLine.insert(option.names().first(), parser.value(option));
    }
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString configFile = parser.isSet(config)
            ? parser.value(config)
            : environment.value(QStringLiteral("BRANCHDESK_SERVER_CONFIG"));
    QString problem;
    const bd::ServerConfig settings
            = bd::ServerConfig::resolve(configFile, environment, commandLine, &problem);
    if (!problem.isEmpty())
        return fail(problem, 2);
    bd::ServerLog::setLevel(bd::ServerLog::levelFromName(settings.logLevel));
    qInstallMessageHandler(logMessage);

    const QStringList command = parser.positionalArguments();
    if (!command.isEmpty() && !settings.hasDatabase)
        return fail(QCoreApplication::translate("server",
                                                "Set-up commands need a database "
                                                "(--pg-database, or --db-driver sqlite)."),
                    2);
    std::unique_ptr<bd::ServerStore> store;
    if (settings.hasDatabase) {
        store = std::make_unique<bd::ServerStore>();
        if (!store->open(settings.database))
            return fail(store->errorString(), 1);
    }
    if (!command.isEmpty())
        return runSetupCommand(*store, command, settings.snapshotDir);

    QHttpServer server;
    bd::ServerRoutes::install(server, store.get(), settings.snapshotDir);
    if (!settings.tlsCertificate.isEmpty()) {
        QFile certificateFile(settings.tlsCertificate);
        QFile keyFile(settings.tlsKey);
        if (!certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return fail(QCoreApplication::translate("server",
                                                    "Cannot read the TLS certificate or key."),
                        2);
        const QSslCertificate certificate(&certificateFile, QSsl::Pem);
        const QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
        if (certificate.isNull() || key.isNull() || !QSslSocket::supportsSsl())
            return fail(QCoreApplication::translate("server",
                                                    "The TLS certificate or key is not a "
                                                    "valid PEM file (RSA key), or TLS is "
                                                    "not available."),
                        2);
        server.sslSetup(certificate, key);
    }
    const QHostAddress address(settings.listen);
    const quint16 actual = server.listen(address, settings.port);
    if (actual == 0)
        return fail(QCoreApplication::translate("server", "Cannot listen on %1:%2.")
                            .arg(address.toString())
                            .arg(settings.port),
                    1);
    std::printf("listening on %s:%u\n", qPrintable(address.toString()), actual);
    std::fflush(stdout);
    bd::ServerLog::event(bd::ServerLog::Level::Info, QStringLiteral("listening"),
                         { { QStringLiteral("address"), address.toString() },
                           { QStringLiteral("port"), actual },
                           { QStringLiteral("tls"), !settings.tlsCertificate.isEmpty() },
                           { QStringLiteral("database"), settings.hasDatabase },
                           { QStringLiteral("store"),
                             !settings.hasDatabase ? QStringLiteral("none")
                             : settings.database.driver == bd::ServerStore::Settings::Driver::Sqlite
                                     ? QStringLiteral("sqlite ") + settings.database.path
                                     : QStringLiteral("postgres") } });
    return app.exec();
}
