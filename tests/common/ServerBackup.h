#pragma once

// A server's store backed up while it serves and later put back, as an operator would:
// SQLite's online backup API for the embedded store, pg_dump/pg_restore for PostgreSQL.
// The server must be stopped for restore(); the caller starts it again.
#include "SyncServerFixture.h"

#include <QFile>

#include <sqlite3.h>

namespace bd::test {

class ServerBackup
{
public:
    explicit ServerBackup(SyncServerFixture &server) : m_server(server) {}

    bool take(const QString &folder)
    {
        if (m_server.driver() == SyncServerFixture::Driver::Postgres)
            return m_server.cluster().dump(QStringLiteral("server.dump"));
        m_copy = folder + QStringLiteral("/server-backup.db");
        QFile::remove(m_copy);
        sqlite3 *source = nullptr;
        sqlite3 *target = nullptr;
        bool ok = sqlite3_open_v2(m_server.databasePath().toUtf8().constData(), &source,
                                  SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK
                && sqlite3_open(m_copy.toUtf8().constData(), &target) == SQLITE_OK;
        if (ok) {
            sqlite3_busy_timeout(source, 5000);
            sqlite3_backup *backup = sqlite3_backup_init(target, "main", source, "main");
            ok = backup && sqlite3_backup_step(backup, -1) == SQLITE_DONE;
            ok = sqlite3_backup_finish(backup) == SQLITE_OK && ok;
        }
        sqlite3_close(source);
        sqlite3_close(target);
        return ok;
    }

    // Stops the server, puts its store back and starts it again, as an operator restores
    // one; false if a step failed (the server's errorString() says why it did not start).
    bool restoreAndRestart()
    {
        m_server.stopServer();
        return restore() && m_server.startServer();
    }

    bool restore()
    {
        if (m_server.driver() == SyncServerFixture::Driver::Postgres)
            return m_server.cluster().restore(QStringLiteral("server.dump"));
        const QString live = m_server.databasePath();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(live + suffix);
        return QFile::copy(m_copy, live);
    }

private:
    SyncServerFixture &m_server;
    QString m_copy;
};

} // namespace bd::test
