#pragma once

// A real branchdesk-server process over its store, for tests that speak HTTP to the
// server: a throw-away PostgreSQL cluster (the default), or the embedded SQLite store in a
// temporary file. Needs BRANCHDESK_SERVER_BINARY defined by the test's CMake.
#include "PostgresCluster.h"

#include "app/server/ServerStore.h"
#include "database/core/Store.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
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
        if (!setup.open(settings())) {
            m_error = setup.errorString();
            return false;
        }
        return startServer();
    }

    bool startServer()
    {
        m_server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_server.start(QStringLiteral(BRANCHDESK_SERVER_BINARY),
                       QStringList{QStringLiteral("--port"), QStringLiteral("0"),
                                   QStringLiteral("--snapshot-dir"), snapshotDir()}
                               + databaseArguments());
        if (!m_server.waitForStarted()) {
            m_error = QStringLiteral("branchdesk-server did not start");
            return false;
        }
        QElapsedTimer waited;
        waited.start();
        while (!m_server.canReadLine() && waited.elapsed() < 20000)
            m_server.waitForReadyRead(200);
        const QString line = QString::fromUtf8(m_server.readLine()).trimmed();
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
        return store.open(settings()) && store.ensureBranch(id, code, code);
    }

    bool addAccount(const QString &username, const QString &branchId, StaffRole role,
                    const QString &password)
    {
        ServerStore store;
        return store.open(settings()) && store.addAccount(username, branchId, role, password);
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

    QUrl url() const { return m_url; }
    // Where this server's import-branch runs must write their snapshots (--snapshot-dir).
    QString snapshotDir() const { return m_snapshots.path(); }
    quint16 databasePort() const { return m_cluster.port(); }
    Driver driver() const { return m_driver; }
    QString databasePath() const { return m_files.filePath(QStringLiteral("server.db")); }
    QString errorString() const { return m_error; }

private:
    Driver m_driver;
    PostgresCluster m_cluster;
    QTemporaryDir m_files;
    QTemporaryDir m_snapshots;
    QProcess m_server;
    QUrl m_url;
    QString m_error;
};

} // namespace bd::test
