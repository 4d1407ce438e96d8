#include "app/server/ServerSqlDialect.h"
#include "app/server/ServerStatement.h"
#include "database/core/StoreInspection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace bd {

namespace {
constexpr qint64 kApplicationId = 0x42445331; // "BDS1": a server file, not a workstation's
constexpr int kBusyTimeoutMs = 5000;

Result<> pragma(QSqlDatabase &db, const QString &statement, const QString &expected = {})
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        return Error(query.lastError().text());
    if (!expected.isEmpty() && (!query.next() || query.value(0).toString() != expected))
        return Error(QStringLiteral("%1 did not take effect").arg(statement));
    return {};
}

// The SQLite handle under the connection, for a migration's several statements at once.
// The server's own (the workstation's Store has one too) so that the server does not link
// the workstation's store for it.
sqlite3 *nativeHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

// A file that is not this server's, damaged, or from a newer server is refused as it is:
// never migrated over, never replaced by a new one.
Result<> mayOpen(const QString &path)
{
    const StoreInspection inspection = StoreInspection::inspect(
            path, ServerDatabase::latestSchemaVersion(ServerDatabase::Settings::Driver::Sqlite),
            kApplicationId);
    switch (inspection.verdict) {
    case StoreInspection::Verdict::Missing:
    case StoreInspection::Verdict::Empty:
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return Error(
                    QCoreApplication::translate("ServerStore", "Cannot create the folder for %1.")
                            .arg(path));
        return {};
    case StoreInspection::Verdict::Ours:
        return {};
    case StoreInspection::Verdict::NotOurs:
        return Error(QCoreApplication::translate("ServerStore",
                                                 "%1 is not a branchdesk-server database (it "
                                                 "may be a workstation's file). It was left "
                                                 "untouched.")
                             .arg(path));
    case StoreInspection::Verdict::NotSqlite:
    case StoreInspection::Verdict::Corrupt:
        // The server's own words: a server file is restored, never synced afresh.
        return Error(QCoreApplication::translate("ServerStore",
                                                 "%1 is not a readable BranchDesk server "
                                                 "database (%2). It was left untouched; "
                                                 "restore it from a backup or start with an "
                                                 "empty file.")
                             .arg(path, inspection.detail));
    default:
        return Error(
                QCoreApplication::translate("ServerStore", "The server database cannot be used: %1")
                        .arg(inspection.message));
    }
}

// The embedded store: one SQLite file (QSQLITE), migrations in migrations/server-sqlite.
// Writers serialise on BEGIN IMMEDIATE, which takes SQLite's one write lock at once.
class ServerSqliteDialect final : public ServerSqlDialect
{
public:
    Result<> open(const QString &name, const ServerDatabase::Settings &settings) override
    {
        const QString path = QDir::cleanPath(QFileInfo(settings.path).absoluteFilePath());
        if (Result<> allowed = mayOpen(path); !allowed)
            return allowed;
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
        // WAL: pulls read while a push writes. synchronous=FULL: a push is answered only
        // after its commit reached the disk, so a power cut cannot lose a change the
        // workstation was told is stored (NORMAL, as on the workstation, could lose the
        // last commits).
        Result<> ready = db.open() ? Result<>() : Error(db.lastError().text());
        for (const auto &[statement, expected] :
             { std::pair { QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("wal") },
               std::pair { QStringLiteral("PRAGMA synchronous = FULL"), QString() },
               std::pair { QStringLiteral("PRAGMA foreign_keys = ON"), QString() },
               std::pair { QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs),
                           QString() } }) {
            if (ready)
                ready = pragma(db, statement, expected);
        }
        if (!ready)
            return Error(QCoreApplication::translate("ServerStore",
                                                     "Cannot open the server database %1: %2")
                                 .arg(path, ready.errorString()));
        return {};
    }

    QString migrationDir() const override { return QStringLiteral(":/migrations/server-sqlite"); }

    Result<> beginWrite(QSqlDatabase &db, bool) const override
    {
        // IMMEDIATE takes the write lock now, not at the first write: two writers never
        // both read the counter, and the one that waits does so in the busy handler, not by
        // failing.
        return ServerStatement::exec(db, QStringLiteral("BEGIN IMMEDIATE"));
    }

    QString createVersionTableSql() const override
    {
        return QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER "
                              "PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL "
                              "DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')))");
    }

    Result<> runScript(QSqlDatabase &db, const QString &script) const override
    {
        // Qt runs one statement per exec(); a migration has several.
        sqlite3 *handle = nativeHandle(db);
        if (!handle)
            return Error(QStringLiteral("no SQLite handle"));
        const QByteArray sql = script.toUtf8()
                + "\n;PRAGMA application_id = " + QByteArray::number(kApplicationId) + ";";
        char *message = nullptr;
        if (sqlite3_exec(handle, sql.constData(), nullptr, nullptr, &message) == SQLITE_OK)
            return {};
        const Error failed(QString::fromUtf8(message ? message : sqlite3_errmsg(handle)));
        sqlite3_free(message);
        return failed;
    }

    QString counterForUpdateSql() const override
    {
        // The transaction already holds the database's write lock (BEGIN IMMEDIATE).
        return QStringLiteral("SELECT next_seq FROM branch_change_counter WHERE branch_id = ?");
    }

    QString knownChangeIdsSql() const override
    {
        return QStringLiteral("SELECT change_id, seq FROM change_log "
                              "WHERE change_id IN (SELECT value FROM json_each(?))");
    }

    QVariant idList(const QStringList &ids) const override
    {
        return QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
    }

    QString insertChangesSql() const override
    {
        return QStringLiteral(
                "INSERT INTO change_log(branch_id, seq, change_id, table_name, row_id, op, "
                "fields, base_version, hlc, origin_node, schema_version) "
                "SELECT ?, json_extract(r.value, '$.seq'), json_extract(r.value, '$.change_id'), "
                "json_extract(r.value, '$.table_name'), json_extract(r.value, '$.row_id'), "
                "json_extract(r.value, '$.op'), json(json_extract(r.value, '$.fields')), "
                "json_extract(r.value, '$.base_version'), json_extract(r.value, '$.hlc'), "
                "json_extract(r.value, '$.origin_node'), "
                "json_extract(r.value, '$.schema_version') "
                "FROM json_each(?) AS r ORDER BY r.key");
    }

    QString asText(const QString &column) const override { return column; } // text already
    QString jsonParameter() const override { return QStringLiteral("?"); }

    QString nowSql() const override
    {
        // Stored times are bound QDateTimes in UTC, which Qt writes as ISO 8601 with
        // milliseconds and Z: the same shape, so text comparison is time comparison.
        return QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', 'now')");
    }

    Result<> lockAuditChain(QSqlDatabase &, const QString &) const override
    {
        return {}; // BEGIN IMMEDIATE already made this the only writer
    }
};
} // namespace

std::unique_ptr<ServerSqlDialect> ServerSqlDialect::sqlite()
{
    return std::make_unique<ServerSqliteDialect>();
}

} // namespace bd
