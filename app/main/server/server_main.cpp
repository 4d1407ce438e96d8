// branchdesk-server: the central sync service shared by all branches.
#include "app/main/server/SetupCommands.h"
#include "app/server/AuditSigningKey.h"
#include "app/server/HttpFront.h"
#include "app/server/RosterHashScrub.h"
#include "app/server/ServerConfig.h"
#include "app/server/ServerLane.h"
#include "app/server/ServerLog.h"
#include "app/server/ServerRoutes.h"
#include "app/server/ServerShutdown.h"
#include "app/server/ServerStore.h"
#include "app/server/SnapshotRemakeWorker.h"
#include "database/baseline/BranchSnapshot.h"

#include <QCommandLineParser>
#include <QCoreApplication>
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
#include <optional>

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

// Every environment variable the server reads, for --help: each setting's (the option it
// stands for), then those of the set-up commands.
QString environmentHelp()
{
    QStringList lines { QCoreApplication::translate("server", "Environment variables:") };
    auto line = [&lines](const QString &name, const QString &what) {
        lines << QStringLiteral("  %1  %2").arg(name.leftJustified(40), what);
    };
    line(QStringLiteral("BRANCHDESK_SERVER_CONFIG"),
         QCoreApplication::translate("server", "as --config"));
    for (const bd::ServerConfig::Key &key : bd::ServerConfig::keys()) {
        if (key.option)
            line(QString::fromLatin1(key.environment),
                 QCoreApplication::translate("server", "as --%1")
                         .arg(QString::fromLatin1(key.option)));
    }
    line(QStringLiteral("BRANCHDESK_PG_PASSWORD"),
         QCoreApplication::translate("server",
                                     "PostgreSQL password (never taken from the command line)"));
    line(QStringLiteral("STATE_DIRECTORY"),
         QCoreApplication::translate("server",
                                     "systemd's state folder: where the SQLite file is by "
                                     "default"));
    line(QStringLiteral("BRANCHDESK_EVENT_DELIVERY"),
         QCoreApplication::translate("server",
                                     "'off': opportunities the event rules find stay on the "
                                     "server (by default they reach the branch's change log)"));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n') + bd::SetupCommands::environmentHelp();
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
    parser.setApplicationDescription(
            QCoreApplication::translate(
                    "server",
                    "BranchDesk central sync server. Each setting comes from the command line, "
                    "else its environment variable, else the configuration file, else the "
                    "default (docs/SYNC_PROTOCOL.md lists them).")
            + QStringLiteral("\n\n") + environmentHelp());
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption config(
            QStringLiteral("config"),
            QCoreApplication::translate("server",
                                        "INI configuration file (or BRANCHDESK_SERVER_CONFIG)."),
            QStringLiteral("path"));
    parser.addOption(config);
    // Tests only (tst_sync_snapshot_erasure, tst_snapshot_remake_retry): the snapshot remake
    // waits while the named file exists. Hidden, and never from the environment or a file.
    QCommandLineOption holdSnapshotWork(QStringLiteral("test-hold-snapshot-work"), QString(),
                                        QStringLiteral("file"));
    holdSnapshotWork.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(holdSnapshotWork);
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
        { QStringLiteral("sign-in-lock-seconds"),
          QCoreApplication::translate("server",
                                      "Seconds a name or address is locked out after 10 (50) "
                                      "failed sign-ins in a row; doubled each time (default "
                                      "900).") },
        { QStringLiteral("http-header-timeout"),
          QCoreApplication::translate("server",
                                      "Seconds a client has to send a request's headers "
                                      "(default 10).") },
        { QStringLiteral("http-idle-timeout"),
          QCoreApplication::translate("server",
                                      "Seconds of silence before a connection is closed "
                                      "(default 30).") },
        { QStringLiteral("http-connections-per-client"),
          QCoreApplication::translate("server",
                                      "Open connections one client address may hold "
                                      "(default 16).") },
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
        { QStringLiteral("drain-ms"),
          QCoreApplication::translate("server",
                                      "On SIGTERM, milliseconds of answering not ready before "
                                      "no longer accepting connections (default 1000).") },
        { QStringLiteral("retention-days"),
          QCoreApplication::translate("server",
                                      "The set-up command compact-log folds changes older than "
                                      "this into each branch's snapshot (default 0: keep all).") },
        { QStringLiteral("audit-signing-key"),
          QCoreApplication::translate("server",
                                      "The Ed25519 key that signs audit checkpoints, made at the "
                                      "first start (default: audit-signing.key in the snapshot "
                                      "folder).") },
        { QStringLiteral("pg-hosts"),
          QCoreApplication::translate("server",
                                      "Several PostgreSQL servers, HOST:PORT,HOST:PORT: the one "
                                      "that takes writes is used (failover).") },
        { QStringLiteral("pg-pooling"),
          QCoreApplication::translate("server",
                                      "transaction: PostgreSQL is reached through a pooler "
                                      "that lends sessions per transaction (PgBouncer); no "
                                      "statement is kept prepared.") },
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
                    "'add-user USERNAME BRANCH_ID ROLE' (password from BRANCHDESK_NEW_PASSWORD), "
                    "'import-branch WORKSTATION_FILE' (the file's branch becomes the baseline new "
                    "workstations download; a file with encrypted customer data needs "
                    "BRANCHDESK_IMPORT_USER and BRANCHDESK_IMPORT_PASSWORD) or 'compact-log'."),
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
    const bd::Result<bd::ServerConfig> resolved
            = bd::ServerConfig::resolve(configFile, environment, commandLine);
    if (!resolved)
        return fail(resolved.errorString(), 2);
    const bd::ServerConfig &settings = *resolved;
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
        if (const bd::Result<> opened = store->open(settings.database); !opened)
            return fail(opened.errorString(), 1);
    }
    // A snapshot made before issue #21 holds the imported file's key slots and sealed values:
    // the server keeps no such file, and new workstations of that branch load the pages.
    if (!settings.snapshotDir.isEmpty()) {
        for (const QString &branch : bd::BranchSnapshot(settings.snapshotDir).withdrawKeyed())
            bd::ServerLog::event(bd::ServerLog::Level::Warning, QStringLiteral("snapshot_withdrawn"),
                                 { { QStringLiteral("branch"), branch },
                                   { QStringLiteral("reason"),
                                     QStringLiteral("it holds a workstation's keys; import the "
                                                    "branch again") } });
    }
    if (command == QStringList { QStringLiteral("compact-log") })
        return bd::SetupCommands::compactLog(*store, settings.snapshotDir, settings.retentionDays);
    if (!command.isEmpty())
        return bd::SetupCommands::run(*store, command, settings.snapshotDir);

    // The key that signs audit checkpoints: made at the first start, then the same for good.
    std::optional<bd::AuditSigningKey> auditKey;
    if (store) {
        bd::Result<bd::AuditSigningKey> key
                = bd::AuditSigningKey::openOrCreate(settings.auditSigningKey);
        if (!key)
            return fail(key.errorString(), 1);
        auditKey = *key;
    }
    // Hashes of the roster a server stored before they stopped travelling (§3a).
    if (store) {
        const bd::Result<bd::RosterHashScrub::Scrubbed> scrubbed
                = bd::RosterHashScrub::run(store->database());
        if (!scrubbed)
            bd::ServerLog::event(bd::ServerLog::Level::Warning,
                                 QStringLiteral("roster_hashes_not_scrubbed"),
                                 { { QStringLiteral("reason"), scrubbed.errorString() } });
        else if (scrubbed->pages + scrubbed->changes > 0)
            bd::ServerLog::event(bd::ServerLog::Level::Info,
                                 QStringLiteral("roster_hashes_scrubbed"),
                                 { { QStringLiteral("pages"), double(scrubbed->pages) },
                                   { QStringLiteral("changes"), double(scrubbed->changes) } });
    }
    // Working files of snapshot makers that stopped half-way (their process is gone).
    const QStringList snapshotFolders = settings.snapshotDir.isEmpty()
            ? QStringList()
            : QStringList { settings.snapshotDir, settings.snapshotDir + QStringLiteral("/withheld") };
    for (const QString &folder : snapshotFolders) {
        for (const QString &name : bd::BranchSnapshot(folder).removeLeftovers())
            bd::ServerLog::event(bd::ServerLog::Level::Info,
                                 QStringLiteral("snapshot_leftover_removed"),
                                 { { QStringLiteral("file"), name } });
    }
    bd::SnapshotRemakeWorker::holdWhileExists(parser.value(holdSnapshotWork));
    // Snapshots a stopped server left due (an erasure), or that still hold the roster's
    // password hashes, are made again on the worker's thread; not served until then.
    for (const QString &branch : bd::SnapshotRemakeWorker::resume(settings.snapshotDir))
        bd::ServerLog::event(bd::ServerLog::Level::Info, QStringLiteral("snapshot_remaking"),
                             { { QStringLiteral("branch"), branch } });
    // Pushes and pulls each on a thread and connection of their own: a pull is not queued
    // behind a push waiting for its commit, nor the event loop behind either.
    std::optional<bd::ServerLane> pushLane;
    std::optional<bd::ServerLane> pullLane;
    bd::ServerLanes lanes;
    if (store) {
        pushLane.emplace(QStringLiteral("pushes"));
        pullLane.emplace(QStringLiteral("pulls"));
        for (bd::ServerLane *lane : { &*pushLane, &*pullLane }) {
            if (const bd::Result<> opened = lane->open(settings.database); !opened)
                return fail(opened.errorString(), 1);
        }
        lanes = { &*pushLane, &*pullLane };
    }
    QHttpServer server;
    bd::ServerRoutes::install(server, store.get(), settings.snapshotDir, settings.signIn,
                              auditKey ? &*auditKey : nullptr, lanes);
    // Every connection passes the front (limits, timeouts) before QHttpServer reads it.
    bd::ServerStore *routesStore = store.get();
    auto *front = new bd::HttpFront(
            settings.http,
            [routesStore](const QByteArray &authorization) {
                return routesStore && authorization.startsWith("Bearer ")
                        && routesStore->accounts()
                                   .authorise(QString::fromLatin1(authorization.mid(7).trimmed()))
                                   .has_value();
            },
            &server);
    const bd::ServerShutdown shutdown(server, settings.drainMs);
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
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(certificate);
        tls.setPrivateKey(key);
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        front->setTls(tls);
    }
    const QHostAddress address(settings.listen);
    const quint16 actual = front->listen(address, settings.port) ? front->serverPort() : 0;
    if (actual != 0)
        server.bind(front);
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
