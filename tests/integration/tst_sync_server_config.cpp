// branchdesk-server's settings (command line > environment > file > defaults), its JSON
// log lines, TLS with a private certificate authority, and the README's walk-through
// (demo branch, import, account, serve, a new workstation's first sync) run as written, on
// the embedded SQLite store and on PostgreSQL.
#include "../common/SyncServerFixture.h"
#include "app/server/ServerConfig.h"
#include "app/sync/SyncEngine.h"
#include "database/core/Store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

class tst_SyncServerConfig : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void precedenceIsCommandLineEnvironmentFileDefault();
    void badSettingsAreRefused();
    void helpNamesEveryEnvironmentVariable();
    void configFileServesAndLogsJsonLines();
    void tlsWithAPrivateAuthority();
    void readmeWalkThrough_data();
    void readmeWalkThrough();

private:
    QString writeConfig(const QString &name, const QString &extra = {});
    bool startServer(QProcess &server, const QStringList &arguments, QUrl *url,
                     const QProcessEnvironment &environment
                     = QProcessEnvironment::systemEnvironment());

    test::SyncServerFixture m_fixture;
    QTemporaryDir m_dir;
    const QString m_branchId = QStringLiteral("01a00000-0000-7000-8000-00000000c0f1");
};

void tst_SyncServerConfig::initTestCase()
{
    QVERIFY2(m_fixture.start(), qPrintable(m_fixture.errorString()));
    QVERIFY(m_fixture.addBranch(m_branchId, QStringLiteral("310199")));
    QVERIFY(m_fixture.addAccount(QStringLiteral("wm.config"), m_branchId, StaffRole::WealthManager,
                                 QStringLiteral("config-pass-1")));
}

QString tst_SyncServerConfig::writeConfig(const QString &name, const QString &extra)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QStringLiteral("[server]\nlisten=127.0.0.1\nport=0\n%1\n[postgres]\nhost=127.0.0.1\n"
                              "port=%2\ndatabase=%3\nuser=%4\n")
                       .arg(extra)
                       .arg(m_fixture.databasePort())
                       .arg(test::PostgresCluster::database(), test::PostgresCluster::user())
                       .toUtf8());
    return path;
}

bool tst_SyncServerConfig::startServer(QProcess &server, const QStringList &arguments, QUrl *url,
                                       const QProcessEnvironment &environment)
{
    server.setProcessEnvironment(environment);
    server.start(QStringLiteral(BRANCHDESK_SERVER_BINARY), arguments);
    if (!server.waitForStarted())
        return false;
    const QString line = test::SyncServerFixture::firstLine(server);
    if (!line.startsWith(QStringLiteral("listening on "))) {
        qWarning() << "server said" << line << server.readAllStandardError();
        return false;
    }
    url->setHost(QStringLiteral("127.0.0.1"));
    url->setPort(line.section(QLatin1Char(':'), -1).toInt());
    return true;
}

void tst_SyncServerConfig::precedenceIsCommandLineEnvironmentFileDefault()
{
    const QString file
            = writeConfig(QStringLiteral("precedence.ini"), QStringLiteral("log_level=warning"));
    QProcessEnvironment environment;

    const Result<ServerConfig> defaults = ServerConfig::resolve({}, environment, {});
    QVERIFY2(defaults.ok(), qPrintable(defaults.errorString()));
    QCOMPARE(defaults->listen, QStringLiteral("127.0.0.1"));
    QCOMPARE(defaults->port, quint16(8470));
    // No PostgreSQL named: the embedded store, in the app data folder.
    QVERIFY(defaults->hasDatabase);
    QCOMPARE(defaults->database.driver, ServerStore::Settings::Driver::Sqlite);
    QVERIFY(defaults->database.path.endsWith(QStringLiteral("/branchdesk-server.db")));
    QProcessEnvironment underSystemd;
    underSystemd.insert(QStringLiteral("STATE_DIRECTORY"), QStringLiteral("/var/lib/branchdesk-server"));
    const Result<ServerConfig> systemd = ServerConfig::resolve({}, underSystemd, {});
    QVERIFY2(systemd.ok(), qPrintable(systemd.errorString()));
    QCOMPARE(systemd->database.path, QStringLiteral("/var/lib/branchdesk-server/branchdesk-server.db"));
    // Asked for PostgreSQL without a database: none, only /health answers (as before).
    const Result<ServerConfig> noDatabase = ServerConfig::resolve(
            {}, environment, { { QStringLiteral("db-driver"), QStringLiteral("postgres") } });
    QVERIFY2(noDatabase.ok(), qPrintable(noDatabase.errorString()));
    QVERIFY(!noDatabase->hasDatabase);

    const Result<ServerConfig> fromFile = ServerConfig::resolve(file, environment, {});
    QVERIFY2(fromFile.ok(), qPrintable(fromFile.errorString()));
    QCOMPARE(fromFile->port, quint16(0));
    QCOMPARE(fromFile->logLevel, QStringLiteral("warning"));
    QCOMPARE(fromFile->database.port, int(m_fixture.databasePort()));
    QVERIFY(fromFile->hasDatabase);
    QCOMPARE(fromFile->database.driver, ServerStore::Settings::Driver::Postgres);
    // The driver named on the command line wins over the file's PostgreSQL settings.
    const Result<ServerConfig> embedded = ServerConfig::resolve(
            file, environment,
            { { QStringLiteral("db-driver"), QStringLiteral("sqlite") },
              { QStringLiteral("db-path"), QStringLiteral("/tmp/x.db") } });
    QVERIFY2(embedded.ok(), qPrintable(embedded.errorString()));
    QCOMPARE(embedded->database.driver, ServerStore::Settings::Driver::Sqlite);
    QCOMPARE(embedded->database.path, QStringLiteral("/tmp/x.db"));

    environment.insert(QStringLiteral("BRANCHDESK_SERVER_PORT"), QStringLiteral("9001"));
    environment.insert(QStringLiteral("BRANCHDESK_PG_PASSWORD"), QStringLiteral("from-env"));
    const Result<ServerConfig> fromEnvironment = ServerConfig::resolve(file, environment, {});
    QVERIFY2(fromEnvironment.ok(), qPrintable(fromEnvironment.errorString()));
    QCOMPARE(fromEnvironment->port, quint16(9001));
    QCOMPARE(fromEnvironment->database.password, QStringLiteral("from-env"));
    QCOMPARE(fromEnvironment->logLevel, QStringLiteral("warning")); // still the file's

    const Result<ServerConfig> fromCommandLine = ServerConfig::resolve(
            file, environment, { { QStringLiteral("port"), QStringLiteral("9002") } });
    QVERIFY2(fromCommandLine.ok(), qPrintable(fromCommandLine.errorString()));
    QCOMPARE(fromCommandLine->port, quint16(9002));
}

void tst_SyncServerConfig::badSettingsAreRefused()
{
    // Why the settings are refused; empty if they are not.
    auto refusal = [](const QString &file, const QHash<QString, QString> &commandLine) {
        const Result<ServerConfig> resolved = ServerConfig::resolve(file, {}, commandLine);
        return resolved.ok() ? QString() : resolved.errorString();
    };
    QVERIFY(refusal(m_dir.filePath(QStringLiteral("missing.ini")), {})
                    .contains(QStringLiteral("cannot be read")));
    QVERIFY(refusal({}, { { QStringLiteral("port"), QStringLiteral("eighty") } })
                    .contains(QStringLiteral("eighty")));
    QVERIFY(refusal({}, { { QStringLiteral("listen"), QStringLiteral("everywhere") } })
                    .contains(QStringLiteral("everywhere")));
    QVERIFY(refusal({}, { { QStringLiteral("tls-certificate"), QStringLiteral("c.pem") } })
                    .contains(QStringLiteral("both")));
    QVERIFY(refusal({}, { { QStringLiteral("db-driver"), QStringLiteral("mysql") } })
                    .contains(QStringLiteral("mysql")));

    // The program says so and stops, with a usage exit code.
    QProcess server;
    server.start(QStringLiteral(BRANCHDESK_SERVER_BINARY),
                 { QStringLiteral("--port"), QStringLiteral("eighty") });
    QVERIFY(server.waitForFinished(10000));
    QCOMPARE(server.exitCode(), 2);
    QVERIFY(server.readAllStandardError().contains("eighty"));
}

void tst_SyncServerConfig::helpNamesEveryEnvironmentVariable()
{
    // An operator reads the variables off --help, as the service unit would set them.
    QProcess help;
    help.start(QStringLiteral(BRANCHDESK_SERVER_BINARY), { QStringLiteral("--help") });
    QVERIFY(help.waitForFinished(10000));
    QCOMPARE(help.exitCode(), 0);
    const QString text = QString::fromUtf8(help.readAllStandardOutput());
    QStringList variables { QStringLiteral("BRANCHDESK_SERVER_CONFIG"),
                            QStringLiteral("BRANCHDESK_NEW_PASSWORD"),
                            QStringLiteral("BRANCHDESK_IMPORT_USER"),
                            QStringLiteral("BRANCHDESK_IMPORT_PASSWORD"),
                            QStringLiteral("BRANCHDESK_EVENT_DELIVERY"),
                            QStringLiteral("STATE_DIRECTORY") };
    for (const ServerConfig::Key &key : ServerConfig::keys())
        variables << QString::fromLatin1(key.environment);
    for (const QString &variable : std::as_const(variables))
        QVERIFY2(text.contains(variable), qPrintable(variable + QStringLiteral(" in:\n") + text));

    // import-branch without its file says how it is used, sealed files included.
    QProcess usage;
    usage.start(QStringLiteral(BRANCHDESK_SERVER_BINARY),
                { QStringLiteral("--db-driver"), QStringLiteral("sqlite"),
                  QStringLiteral("--db-path"), m_dir.filePath(QStringLiteral("usage.db")),
                  QStringLiteral("import-branch") });
    QVERIFY(usage.waitForFinished(10000));
    QCOMPARE(usage.exitCode(), 2);
    const QString said = QString::fromUtf8(usage.readAllStandardError());
    QVERIFY2(said.contains(QStringLiteral("import-branch WORKSTATION_FILE"))
                     && said.contains(QStringLiteral("BRANCHDESK_IMPORT_USER"))
                     && said.contains(QStringLiteral("BRANCHDESK_IMPORT_PASSWORD")),
             qPrintable(said));
}

void tst_SyncServerConfig::configFileServesAndLogsJsonLines()
{
    QProcess server;
    QUrl url(QStringLiteral("http://127.0.0.1"));
    QVERIFY(startServer(server,
                        { QStringLiteral("--config"), writeConfig(QStringLiteral("serve.ini")) },
                        &url));

    QTemporaryDir dir;
    Store store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("w.db"))));
    SyncEngine engine(store, url, QStringLiteral("wm.config"), QStringLiteral("config-pass-1"));
    const SyncEngine::Report report = engine.syncOnce();
    QVERIFY2(report.ok, qPrintable(report.error));
    server.kill();
    server.waitForFinished();

    const QList<QByteArray> lines = server.readAllStandardError().split('\n');
    int requests = 0;
    bool signedInLine = false;
    for (const QByteArray &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonObject entry = QJsonDocument::fromJson(line, &parseError).object();
        QVERIFY2(parseError.error == QJsonParseError::NoError, line.constData());
        for (const char *key : { "time", "level", "event" })
            QVERIFY2(entry.contains(QLatin1String(key)), line.constData());
        QVERIFY2(!line.contains("config-pass-1") && !line.contains("Bearer")
                         && !line.contains("token"),
                 line.constData());
        if (entry.value(QStringLiteral("event")).toString() != QLatin1String("request"))
            continue;
        ++requests;
        for (const char *key : { "method", "path", "status", "ms" })
            QVERIFY2(entry.contains(QLatin1String(key)), line.constData());
        if (entry.value(QStringLiteral("path")).toString() == QLatin1String("/v1/changes")) {
            QCOMPARE(entry.value(QStringLiteral("branch")).toString(), m_branchId);
            QCOMPARE(entry.value(QStringLiteral("user")).toString(), QStringLiteral("wm.config"));
            QCOMPARE(entry.value(QStringLiteral("status")).toInt(), 200);
            signedInLine = true;
        }
    }
    QVERIFY(requests >= 3); // sign-in, baseline, changes
    QVERIFY(signedInLine);
}

void tst_SyncServerConfig::tlsWithAPrivateAuthority()
{
    const QString certificate = m_dir.filePath(QStringLiteral("server.crt"));
    const QString key = m_dir.filePath(QStringLiteral("server.key"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                    QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                    QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                    QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                    QStringLiteral("-keyout"), key, QStringLiteral("-out"), certificate });
    QVERIFY2(openssl.waitForFinished(60000) && openssl.exitCode() == 0,
             openssl.readAllStandardError().constData());

    // Certificate and key from the environment, the rest from the file.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("BRANCHDESK_TLS_CERTIFICATE"), certificate);
    environment.insert(QStringLiteral("BRANCHDESK_TLS_KEY"), key);
    QProcess server;
    QUrl url(QStringLiteral("https://127.0.0.1"));
    QVERIFY(startServer(server,
                        { QStringLiteral("--config"), writeConfig(QStringLiteral("tls.ini")) },
                        &url, environment));

    QTemporaryDir dir;
    Store store;
    QVERIFY(store.open(dir.filePath(QStringLiteral("w.db"))));
    {
        // Without the authority the workstation does not trust the server.
        SyncEngine untrusting(store, url, QStringLiteral("wm.config"),
                              QStringLiteral("config-pass-1"));
        const SyncEngine::Report refused = untrusting.syncOnce();
        QVERIFY(!refused.ok);
        QVERIFY(refused.error.contains(QStringLiteral("cannot be reached")));
    }
    SyncEngine engine(store, url, QStringLiteral("wm.config"), QStringLiteral("config-pass-1"));
    engine.caFile = certificate;
    const SyncEngine::Report report = engine.syncOnce();
    QVERIFY2(report.ok, qPrintable(report.error));
    server.kill();
    server.waitForFinished();
}

void tst_SyncServerConfig::readmeWalkThrough_data()
{
    QTest::addColumn<bool>("embedded");
    QTest::newRow("embedded SQLite store") << true;
    QTest::newRow("PostgreSQL") << false;
}

void tst_SyncServerConfig::readmeWalkThrough()
{
    // README, "Sync with a central server": the same commands, with a free port and the
    // files in a folder of their own. First with the README's server.ini (no PostgreSQL),
    // then with its [postgres] section instead.
    QFETCH(bool, embedded);
    QTemporaryDir folder;
    const QString snapshots
            = QStringLiteral("snapshot_dir=") + folder.filePath(QStringLiteral("snapshots"));
    QString config = folder.filePath(QStringLiteral("server.ini"));
    if (embedded) {
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("[server]\nlisten=127.0.0.1\nport=0\n%1\n[database]\n"
                                  "driver=sqlite\npath=%2\n")
                           .arg(snapshots, folder.filePath(QStringLiteral("branchdesk-server.db")))
                           .toUtf8());
    } else {
        // A database of its own, as `createdb` would make it.
        QSqlDatabase admin = m_fixture.openDirect(QStringLiteral("createdb"));
        QVERIFY(QSqlQuery(admin).exec(QStringLiteral("CREATE DATABASE walkthrough")));
        admin.close();
        admin = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("createdb"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("[server]\nlisten=127.0.0.1\nport=0\n%1\n[postgres]\n"
                                  "host=127.0.0.1\nport=%2\ndatabase=walkthrough\nuser=%3\n")
                           .arg(snapshots)
                           .arg(m_fixture.databasePort())
                           .arg(test::PostgresCluster::user())
                           .toUtf8());
    }
    auto run = [](const QString &program, const QStringList &arguments,
                  const QProcessEnvironment &environment
                  = QProcessEnvironment::systemEnvironment()) {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(program, arguments);
        process.waitForFinished(300000);
        return std::make_pair(process.exitCode(),
                              QString::fromUtf8(process.readAllStandardOutput()
                                                + process.readAllStandardError()));
    };
    const QString admin = QStringLiteral(BRANCHDESK_ADMIN_BINARY);
    const QString serverBinary = QStringLiteral(BRANCHDESK_SERVER_BINARY);
    const QString branchFile = folder.filePath(QStringLiteral("branch.db"));
    const QString deskFile = folder.filePath(QStringLiteral("desk.db"));

    auto [demoCode, demoSaid] = run(admin,
                                    { QStringLiteral("demo"), QStringLiteral("--db"), branchFile,
                                      QStringLiteral("--customers"), QStringLiteral("300") });
    QVERIFY2(demoCode == 0, qPrintable(demoSaid));
    // The demo file's customer data is opened with its branch head (README).
    QProcessEnvironment importAs = QProcessEnvironment::systemEnvironment();
    importAs.insert(QStringLiteral("BRANCHDESK_IMPORT_USER"), QStringLiteral("head"));
    importAs.insert(QStringLiteral("BRANCHDESK_IMPORT_PASSWORD"), QStringLiteral("head-demo"));
    auto [importCode, importSaid] = run(
            serverBinary,
            { QStringLiteral("--config"), config, QStringLiteral("import-branch"), branchFile },
            importAs);
    QVERIFY2(importCode == 0, qPrintable(importSaid));
    // "Branch 310101 (<id>): ..." names the id for add-user.
    const QString branchId
            = importSaid.section(QLatin1Char('('), 1).section(QLatin1Char(')'), 0, 0);
    QVERIFY2(!branchId.isEmpty(), qPrintable(importSaid));
    QProcessEnvironment withNewPassword = QProcessEnvironment::systemEnvironment();
    withNewPassword.insert(QStringLiteral("BRANCHDESK_NEW_PASSWORD"),
                           QStringLiteral("wealth-demo-1"));
    auto [userCode, userSaid]
            = run(serverBinary,
                  { QStringLiteral("--config"), config, QStringLiteral("add-user"),
                    QStringLiteral("wm.li"), branchId, QStringLiteral("wealth_manager") },
                  withNewPassword);
    QVERIFY2(userCode == 0, qPrintable(userSaid));

    QProcess server;
    QUrl url(QStringLiteral("http://127.0.0.1"));
    QVERIFY(startServer(server, { QStringLiteral("--config"), config }, &url));
    QProcessEnvironment withPassword = QProcessEnvironment::systemEnvironment();
    withPassword.insert(QStringLiteral("BRANCHDESK_PASSWORD"), QStringLiteral("wealth-demo-1"));
    auto [syncCode, syncSaid]
            = run(admin,
                  { QStringLiteral("sync"), QStringLiteral("--db"), deskFile,
                    QStringLiteral("--new"), QStringLiteral("--server"), url.toString(),
                    QStringLiteral("--user"), QStringLiteral("wm.li") },
                  withPassword);
    server.kill();
    server.waitForFinished();
    QVERIFY2(syncCode == 0, qPrintable(syncSaid));
    QVERIFY2(syncSaid.contains(QStringLiteral("Branch downloaded from its snapshot")),
             qPrintable(syncSaid));

    Store desk;
    QVERIFY(desk.open(deskFile));
    QSqlQuery count(desk.database());
    QVERIFY(count.exec(QStringLiteral("SELECT count(*) FROM customer")) && count.next());
    QCOMPARE(count.value(0).toInt(), 300);
    if (embedded)
        QVERIFY(QFile::exists(folder.filePath(QStringLiteral("branchdesk-server.db"))));
}

QTEST_GUILESS_MAIN(tst_SyncServerConfig)
#include "tst_sync_server_config.moc"
