#pragma once

#include "app/domain/Result.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace bd {

class ServerSqlDialect;

// branchdesk-server's database: PostgreSQL (production) or one embedded SQLite file (a
// one-branch trial), ServerSqlDialect holding what differs. Opening connects and applies
// the server's pending migrations (numbered files compiled in, each in its own
// transaction). One connection, used from the thread that opened it (the server's event
// loop); the rooms (ServerBranches, ServerAccounts, ChangeLog, ...) work through it.
class ServerDatabase
{
public:
    struct Settings
    {
        enum class Driver { Postgres, Sqlite };
        Driver driver = Driver::Postgres;
        QString path; // the SQLite file
        QString host = QStringLiteral("127.0.0.1");
        int port = 5432;
        QString database = QStringLiteral("branchdesk");
        QString user = QStringLiteral("branchdesk");
        QString password;
        // Several PostgreSQL servers, "host:port,host:port": a connection goes to the one
        // that takes writes (libpq's target_session_attrs=read-write), so after a failover
        // the promoted standby is found. Set, it stands in for host and port.
        QString hosts;
        // Sessions lent per transaction by a pooler (PgBouncer's pool_mode = transaction).
        // Nothing to change since no statement is kept prepared on PostgreSQL
        // (ServerStatement); kept so that configurations naming it still start.
        bool pooledPerTransaction = false;
        // Where LogWatermark keeps how far the log has come (outside the database, so that
        // a restored database is recognised); empty: not kept.
        QString watermarkDir;
    };

    ServerDatabase();
    ~ServerDatabase();
    Q_DISABLE_COPY_MOVE(ServerDatabase)

    Result<> open(const Settings &settings);
    // Another connection to a database that open() readied already (a ServerLane's): not
    // migrated again, nor its watermark checked again; kept up after appends as open()'s.
    Result<> attach(const Settings &settings);
    bool isOpen() const;
    QSqlDatabase connection() const;
    const ServerSqlDialect &dialect() const { return *m_dialect; }

    int schemaVersion() const;
    static int latestSchemaVersion(Settings::Driver driver = Settings::Driver::Postgres);
    // Made when the database was created: a restored or re-created one has another.
    // True once the database has gone back in time (a new epoch was taken for it): it
    // may have forgotten customers and pushes that workstations will send again.
    bool wentBackInTime() const;
    QString epoch() const;
    // A new epoch for a database that went back in time: workstations then send their
    // outboxes again and download afresh. Returns the new epoch.
    Result<QString> startNewEpoch();
    // How many numbers the branches' logs have handed out (the sum of their counters).
    Result<qint64> logTotal() const;
    // After a committed append: the watermark follows (when one is kept).
    void noteLogAdvanced() const;

    // Whether the database answers now (one cheap statement). A connection found lost is
    // opened again - through every host of the settings, so a promoted standby is found -
    // at most once per kReconnectIntervalMs; until it is back the server answers 503
    // (ServerDatabaseReachability.cpp). The embedded SQLite file is always reachable.
    bool reachable();
    // After a statement failed: whether the connection it ran on still answers. False when
    // it was found lost, also when it could be opened again at once (a lane's connection
    // that saw no request while the primary was lost, asked first when the promoted one
    // takes writes): the failure was the lost connection's, and the request is answered
    // 503, to be sent again, rather than with the failed statement's 401 or 5xx.
    bool connectionHeld();
    // Without a statement: true unless the connection was found lost and cannot be opened
    // again yet (then a request is answered 503 at once).
    bool usable() { return !m_lost || reconnect(); }
    static constexpr int kReconnectIntervalMs = 500;

private:
    Result<> migrate();
    bool reconnect();
    QString m_watermarkDir;

    std::unique_ptr<ServerSqlDialect> m_dialect;
    QString m_connectionName;
    bool m_lost = false;
    int m_reconnects = 0; // opened again after a loss
    qint64 m_lastReconnectMs = -kReconnectIntervalMs; // on m_clock
    QElapsedTimer m_clock;
};

// A write transaction on the server's database, begun with the dialect's lock (SQLite's
// write lock at once; on PostgreSQL, for a migration, the lock that keeps other servers'
// migrations out). Committed explicitly; rolled back when it ends otherwise.
class ServerTransaction
{
public:
    enum class Purpose { Write, Migration };
    static Result<ServerTransaction> begin(const ServerDatabase &database,
                                           Purpose purpose = Purpose::Write);
    ServerTransaction(ServerTransaction &&other) noexcept;
    ServerTransaction &operator=(ServerTransaction &&) = delete;
    ~ServerTransaction();

    Result<> commit();

private:
    explicit ServerTransaction(QSqlDatabase db)
        : m_db(std::move(db))
    {
    }

    QSqlDatabase m_db;
    bool m_open = true;
};

} // namespace bd
