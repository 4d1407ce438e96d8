#pragma once

// A real branchdesk-server process over its store, for tests that speak HTTP to the
// server: a throw-away PostgreSQL cluster (the default), or the embedded SQLite store in a
// temporary file. Needs BRANCHDESK_SERVER_BINARY defined by the test's CMake.
#include "PostgresCluster.h"

#include "app/common/SyncProtocol.h"
#include "app/server/ServerStore.h"
#include "database/core/Store.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrl>

#include <csignal>
#include <sys/types.h>

namespace bd::test {

class SyncServerFixture
{
public:
    using Driver = ServerStore::Settings::Driver;
    explicit SyncServerFixture(Driver driver = Driver::Postgres)
        : m_driver(driver)
    {
    }
    ~SyncServerFixture() { stopServer(); }

    bool start()
    {
        if (m_driver == Driver::Postgres && !m_cluster.start()) {
            m_error = m_cluster.errorString();
            return false;
        }
        ServerStore setup; // migrates the fresh database
        if (const Result<> opened = setup.open(settings()); !opened) {
            m_error = opened.errorString();
            return false;
        }
        return startServer();
    }

    bool startServer()
    {
        m_server.setProcessChannelMode(m_logFile.isEmpty() ? QProcess::ForwardedErrorChannel
                                                            : QProcess::SeparateChannels);
        if (!m_logFile.isEmpty())
            m_server.setStandardErrorFile(m_logFile, QIODevice::Append);
        m_server.start(QStringLiteral(BRANCHDESK_SERVER_BINARY),
                       QStringList{QStringLiteral("--port"), QStringLiteral("0"),
                                   QStringLiteral("--snapshot-dir"), snapshotDir()}
                               + databaseArguments() + m_serverArguments);
        if (!m_server.waitForStarted()) {
            m_error = QStringLiteral("branchdesk-server did not start");
            return false;
        }
        const QString line = firstLine(m_server);
        if (!line.startsWith(QStringLiteral("listening on "))) {
            m_error = QStringLiteral("branchdesk-server said: ") + line;
            return false;
        }
        m_url = QUrl(QStringLiteral("http://") + line.mid(13));
        return true;
    }

    // SIGKILL, as a crash or the OOM killer would.
    void killServer()
    {
        if (m_server.state() != QProcess::NotRunning) {
            ::kill(pid_t(m_server.processId()), SIGKILL);
            m_server.waitForFinished();
        }
    }

    void stopServer()
    {
        if (m_server.state() != QProcess::NotRunning) {
            m_server.kill();
            m_server.waitForFinished();
        }
    }

    // The first line a starting branchdesk-server prints: "listening on ADDRESS:PORT" once
    // it serves, else what it said before it stopped (20 s at most).
    static QString firstLine(QProcess &server)
    {
        QElapsedTimer waited;
        waited.start();
        while (!server.canReadLine() && waited.elapsed() < 20000
               && server.state() == QProcess::Running)
            server.waitForReadyRead(200);
        return QString::fromUtf8(server.readLine()).trimmed();
    }

    // What a set-up command did: its exit code, standard output and standard error.
    struct Run
    {
        int exitCode = -1;
        QString output;
        QString errors;
    };
    // Runs a set-up command (add-branch, add-user, import-branch) against this fixture's
    // store, as an administrator would. `newPassword` is add-user's.
    // `importAs` (user, password) names the administrator of a file import-branch unseals.
    // A command still running after `timeoutMs` counts as failed.
    Run runCommand(const QStringList &command, const QString &newPassword = {},
                   const QStringList &importAs = {}, int timeoutMs = 120000) const
    {
        QProcess setup;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("BRANCHDESK_NEW_PASSWORD"), newPassword);
        if (importAs.size() == 2) {
            environment.insert(QStringLiteral("BRANCHDESK_IMPORT_USER"), importAs.at(0));
            environment.insert(QStringLiteral("BRANCHDESK_IMPORT_PASSWORD"), importAs.at(1));
        }
        setup.setProcessEnvironment(environment);
        setup.start(QStringLiteral(BRANCHDESK_SERVER_BINARY), databaseArguments() + command);
        Run run;
        if (setup.waitForFinished(timeoutMs) && setup.exitStatus() == QProcess::NormalExit)
            run.exitCode = setup.exitCode();
        run.output = QString::fromUtf8(setup.readAllStandardOutput());
        run.errors = QString::fromUtf8(setup.readAllStandardError());
        return run;
    }

    // import-branch of a demo workstation file, its personal data opened with the demo's
    // branch head: what it said, or "failed: " and why.
    // A 1,000,000-customer file takes longer than the 2 minutes of a test's: `timeoutMs`.
    QString importBranch(const QString &path, const QString &snapshots = {},
                         int timeoutMs = 120000) const
    {
        const Run run = runCommand({QStringLiteral("--snapshot-dir"),
                                    snapshots.isEmpty() ? snapshotDir() : snapshots,
                                    QStringLiteral("import-branch"), path},
                                   {}, demoImporter(), timeoutMs);
        return run.exitCode == 0 ? run.output : QStringLiteral("failed: ") + run.errors;
    }

    // The branch head every demo file has (DemoBranchGenerator's roster and passwords):
    // identifiers open only with a role that may reveal (docs/SECURITY.md §3).
    static QStringList demoImporter()
    {
        return {QStringLiteral("head"), QStringLiteral("head-demo")};
    }

    // An environment in which import-branch opens a demo file as its branch head.
    static QProcessEnvironment demoImportEnvironment()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        const QStringList admin = demoImporter();
        environment.insert(QStringLiteral("BRANCHDESK_IMPORT_USER"), admin.at(0));
        environment.insert(QStringLiteral("BRANCHDESK_IMPORT_PASSWORD"), admin.at(1));
        return environment;
    }

    // The options that point branchdesk-server at this fixture's store.
    QStringList databaseArguments() const
    {
        if (m_driver == Driver::Sqlite)
            return {QStringLiteral("--db-driver"), QStringLiteral("sqlite"),
                    QStringLiteral("--db-path"), databasePath()};
        return {QStringLiteral("--pg-port"), QString::number(m_cluster.port()),
                QStringLiteral("--pg-database"), PostgresCluster::database(),
                QStringLiteral("--pg-user"), PostgresCluster::user()};
    }

    // A connection of the test's own to the store, for what HTTP cannot do (hold a lock,
    // age a token). Remove it with QSqlDatabase::removeDatabase(name) when done.
    QSqlDatabase openDirect(const QString &name) const
    {
        if (m_driver == Driver::Sqlite) {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(databasePath());
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
            db.open();
            return db;
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(QStringLiteral("127.0.0.1"));
        db.setPort(m_cluster.port());
        db.setDatabaseName(PostgresCluster::database());
        db.setUserName(PostgresCluster::user());
        db.open();
        return db;
    }

    ServerStore::Settings settings() const
    {
        ServerStore::Settings settings;
        settings.driver = m_driver;
        settings.path = databasePath();
        settings.port = m_cluster.port();
        settings.database = PostgresCluster::database();
        settings.user = PostgresCluster::user();
        return settings;
    }

    bool addBranch(const QString &id, const QString &code)
    {
        ServerStore store;
        return store.open(settings()) && store.branches().ensure({BranchId(id), code, code});
    }

    bool addAccount(const QString &username, const QString &branchId, StaffRole role,
                    const QString &password)
    {
        ServerStore store;
        return store.open(settings())
                && store.accounts().add(username, BranchId(branchId), role, password);
    }

    // What the server answered a request: the HTTP status and the JSON body.
    struct Answer
    {
        int status = 0;
        QJsonObject body;
    };

    // Sends a request to the running server, with a bearer token if one is given; the
    // answer is read with answerOf().
    QNetworkReply *startRequest(const QString &method, const QString &path,
                                const QByteArray &body = {}, const QByteArray &token = {})
    {
        QNetworkRequest request(m_url.resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        return method == QLatin1String("GET") ? m_network.get(request)
                                              : m_network.post(request, body);
    }

    // Waits for the reply (30 s at most) and reads it.
    static Answer answerOf(QNetworkReply *reply)
    {
        if (!reply->isFinished()) {
            QSignalSpy finished(reply, &QNetworkReply::finished);
            finished.wait(30000);
        }
        Answer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return answer;
    }

    // A GET's status and raw body (a baseline page, a snapshot chunk).
    QPair<int, QByteArray> getRaw(const QString &path, const QByteArray &token)
    {
        QNetworkReply *reply = startRequest(QStringLiteral("GET"), path, {}, token);
        if (!reply->isFinished())
            QSignalSpy(reply, &QNetworkReply::finished).wait(30000);
        const QPair<int, QByteArray> answer {
            reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()
        };
        reply->deleteLater();
        return answer;
    }

    // The branch snapshot the caller is handed now (`/v1/snapshot` + `query`, then its
    // chunks), as a workstation downloads it; empty if it is not handed out whole.
    QByteArray downloadSnapshot(const QByteArray &token, const QString &query = {})
    {
        const auto [status, body] = getRaw(QStringLiteral("/v1/snapshot") + query, token);
        const QJsonObject facts = QJsonDocument::fromJson(body).object();
        const qint64 size = facts.value(QStringLiteral("size")).toInteger();
        QByteArray file;
        while (status == 200 && file.size() < size) {
            const auto [chunkStatus, chunk]
                    = getRaw(QStringLiteral("/v1/snapshot-chunk?id=%1&offset=%2")
                                     .arg(facts.value(QStringLiteral("baseline_id")).toString())
                                     .arg(file.size()),
                             token);
            if (chunkStatus != 200 || chunk.isEmpty())
                return {};
            file += chunk;
        }
        return status == 200 ? file : QByteArray();
    }

    // The snapshot as soon as the server hands one out whole, asking again `pauseMs` apart up
    // to `attempts` times; empty if none came. The server answers 503 while it makes a
    // snapshot or its copy without personal data, and may make that copy again right after
    // answering 200: QTRY_VERIFY would ask once more after the first success, meet the 503
    // and misreport a timeout, so these ask no more once answered.
    QByteArray downloadSnapshotWhenReady(const QByteArray &token, const QString &query = {},
                                         int attempts = 600, int pauseMs = 100)
    {
        for (int i = 0; i < attempts; ++i) {
            const QByteArray file = downloadSnapshot(token, query);
            if (!file.isEmpty())
                return file;
            QTest::qWait(pauseMs);
        }
        return {};
    }
    // True once a GET of `path` is answered `status` (see downloadSnapshotWhenReady).
    bool answersWith(const QString &path, const QByteArray &token, int status,
                     int attempts = 600, int pauseMs = 100)
    {
        for (int i = 0; i < attempts; ++i) {
            if (request(QStringLiteral("GET"), path, {}, token).status == status)
                return true;
            QTest::qWait(pauseMs);
        }
        return false;
    }

    Answer request(const QString &method, const QString &path, const QByteArray &body = {},
                   const QByteArray &token = {})
    {
        return answerOf(startRequest(method, path, body, token));
    }

    // A bearer token for the account, or empty if the server refused it. A `node` binds it
    // to that workstation (whose audit entries it may then send).
    QByteArray signIn(const QString &username, const QString &password,
                      const QString &node = {})
    {
        QJsonObject body{{QStringLiteral("username"), username},
                         {QStringLiteral("password"), password},
                         {QStringLiteral("protocol"), SyncProtocol::kVersion}};
        if (!node.isEmpty())
            body.insert(QStringLiteral("node"), node);
        return request(QStringLiteral("POST"), QStringLiteral("/v1/sign-in"),
                       QJsonDocument(body).toJson())
                .body.value(QStringLiteral("token"))
                .toString()
                .toLatin1();
    }

    // A workstation set up for a branch gets the branch row from the server's set-up, not
    // through its own outbox.
    static bool addLocalBranch(Store &store, const QString &id, const QString &code)
    {
        QSqlQuery insert(store.database());
        insert.prepare(QStringLiteral("INSERT INTO branch(id, code, name, created_at, updated_at) "
                                      "VALUES (?, ?, ?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"));
        insert.addBindValue(id);
        insert.addBindValue(code);
        insert.addBindValue(code);
        return insert.exec();
    }

    // Where the server's log (standard error) goes from the next startServer() on.
    void setServerLogFile(const QString &path) { m_logFile = path; }
    // Options added to the server's command line at the next startServer().
    void setServerArguments(const QStringList &arguments) { m_serverArguments = arguments; }
    // The running server's process id (for /proc/PID/status).
    qint64 serverPid() const { return m_server.processId(); }
    QUrl url() const { return m_url; }
    // Where this server's import-branch runs must write their snapshots (--snapshot-dir).
    QString snapshotDir() const { return m_snapshots.path(); }
    quint16 databasePort() const { return m_cluster.port(); }
    PostgresCluster &cluster() { return m_cluster; }
    Driver driver() const { return m_driver; }
    QString databasePath() const { return m_files.filePath(QStringLiteral("server.db")); }
    QString errorString() const { return m_error; }

private:
    Driver m_driver;
    PostgresCluster m_cluster;
    QTemporaryDir m_files;
    QTemporaryDir m_snapshots;
    QProcess m_server;
    QStringList m_serverArguments;
    QString m_logFile;
    QUrl m_url;
    QNetworkAccessManager m_network;
    QString m_error;
};

// The store this test program was built against: BRANCHDESK_TEST_SQLITE_STORE or
// BRANCHDESK_TEST_POSTGRES_STORE, defined by its CMake, names it; else `unnamed`.
constexpr SyncServerFixture::Driver storeOfThisBuild(SyncServerFixture::Driver unnamed)
{
#if defined(BRANCHDESK_TEST_SQLITE_STORE)
    Q_UNUSED(unnamed);
    return SyncServerFixture::Driver::Sqlite;
#elif defined(BRANCHDESK_TEST_POSTGRES_STORE)
    Q_UNUSED(unnamed);
    return SyncServerFixture::Driver::Postgres;
#else
    return unnamed;
#endif
}

} // namespace bd::test
