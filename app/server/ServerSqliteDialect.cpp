#include "app/server/ServerSqlDialect.h"

#include "database/core/Store.h"
#include "database/core/StoreInspection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace bd {

namespace {
constexpr qint64 kApplicationId = 0x42445331; // "BDS1": a server file, not a workstation's
constexpr int kBusyTimeoutMs = 5000;

bool pragma(QSqlDatabase &db, const QString &statement, const QString &expected, QString *error)
{
    QSqlQuery query(db);
    if (!query.exec(statement)) {
        *error = query.lastError().text();
        return false;
    }
    if (!expected.isEmpty() && (!query.next() || query.value(0).toString() != expected)) {
        *error = QStringLiteral("%1 did not take effect").arg(statement);
        return false;
    }
    return true;
}
} // namespace

bool ServerSqliteDialect::open(const QString &name, const ServerStore::Settings &settings,
                               QString *error)
{
    const QString path = QDir::cleanPath(QFileInfo(settings.path).absoluteFilePath());
    // A file that is not this server's, damaged, or from a newer server is refused as it
    // is: never migrated over, never replaced by a new one.
    const StoreInspection inspection = StoreInspection::inspect(
            path, ServerStore::latestSchemaVersion(ServerStore::Settings::Driver::Sqlite),
            kApplicationId);
    switch (inspection.verdict) {
    case StoreInspection::Verdict::Missing:
    case StoreInspection::Verdict::Empty:
        if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
            *error = QCoreApplication::translate("ServerStore", "Cannot create the folder for %1.")
                             .arg(path);
            return false;
        }
        break;
    case StoreInspection::Verdict::Ours:
        break;
    case StoreInspection::Verdict::NotOurs:
        *error = QCoreApplication::translate("ServerStore",
                                             "%1 is not a branchdesk-server database (it may be "
                                             "a workstation's file). It was left untouched.")
                         .arg(path);
        return false;
    case StoreInspection::Verdict::NotSqlite:
    case StoreInspection::Verdict::Corrupt:
        // The server's own words: a server file is restored, never synced afresh.
        *error = QCoreApplication::translate("ServerStore",
                                             "%1 is not a readable BranchDesk server database "
                                             "(%2). It was left untouched; restore it from a "
                                             "backup or start with an empty file.")
                         .arg(path, inspection.detail);
        return false;
    default:
        *error = QCoreApplication::translate("ServerStore",
                                             "The server database cannot be used: %1")
                         .arg(inspection.message);
        return false;
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
    QString problem;
    // WAL: pulls read while a push writes. synchronous=FULL: a push is answered only after
    // its commit reached the disk, so a power cut cannot lose a change the workstation was
    // told is stored (NORMAL, as on the workstation, could lose the last commits).
    const bool ready = db.open()
            && pragma(db, QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("wal"),
                      &problem)
            && pragma(db, QStringLiteral("PRAGMA synchronous = FULL"), {}, &problem)
            && pragma(db, QStringLiteral("PRAGMA foreign_keys = ON"), {}, &problem)
            && pragma(db, QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs), {},
                      &problem);
    if (!ready) {
        *error = QCoreApplication::translate("ServerStore", "Cannot open the server database %1: %2")
                         .arg(path, problem.isEmpty() ? db.lastError().text() : problem);
        return false;
    }
    return true;
}

QString ServerSqliteDialect::migrationDir() const
{
    return QStringLiteral(":/migrations/server-sqlite");
}

bool ServerSqliteDialect::beginWrite(QSqlDatabase &db, QString *error, bool) const
{
    // IMMEDIATE takes the write lock now, not at the first write: two writers never both
    // read the counter, and the one that waits does so in the busy handler, not by failing.
    QSqlQuery begin(db);
    if (begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return true;
    *error = begin.lastError().text();
    return false;
}

QString ServerSqliteDialect::createVersionTableSql() const
{
    return QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY "
                          "KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL DEFAULT "
                          "(strftime('%Y-%m-%dT%H:%M:%fZ', 'now')))");
}

bool ServerSqliteDialect::runScript(QSqlDatabase &db, const QString &script, QString *error) const
{
    // Qt runs one statement per exec(); a migration has several.
    sqlite3 *handle = Store::nativeHandle(db);
    const QByteArray sql = script.toUtf8() + "\n;PRAGMA application_id = "
            + QByteArray::number(kApplicationId) + ";";
    char *message = nullptr;
    if (handle && sqlite3_exec(handle, sql.constData(), nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    *error = handle ? QString::fromUtf8(message ? message : sqlite3_errmsg(handle))
                    : QStringLiteral("no SQLite handle");
    sqlite3_free(message);
    return false;
}

QString ServerSqliteDialect::counterForUpdateSql() const
{
    // The transaction already holds the database's write lock (BEGIN IMMEDIATE).
    return QStringLiteral("SELECT next_seq FROM branch_change_counter WHERE branch_id = ?");
}

QString ServerSqliteDialect::knownChangeIdsSql() const
{
    return QStringLiteral("SELECT change_id, seq FROM change_log "
                          "WHERE change_id IN (SELECT value FROM json_each(?))");
}

QVariant ServerSqliteDialect::idList(const QStringList &ids) const
{
    return QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
}

QString ServerSqliteDialect::insertChangesSql() const
{
    return QStringLiteral(
            "INSERT INTO change_log(branch_id, seq, change_id, table_name, row_id, op, fields, "
            "base_version, hlc, origin_node, schema_version) "
            "SELECT ?, json_extract(r.value, '$.seq'), json_extract(r.value, '$.change_id'), "
            "json_extract(r.value, '$.table_name'), json_extract(r.value, '$.row_id'), "
            "json_extract(r.value, '$.op'), json(json_extract(r.value, '$.fields')), "
            "json_extract(r.value, '$.base_version'), json_extract(r.value, '$.hlc'), "
            "json_extract(r.value, '$.origin_node'), json_extract(r.value, '$.schema_version') "
            "FROM json_each(?) AS r ORDER BY r.key");
}

QString ServerSqliteDialect::changesAfterSql() const
{
    return QStringLiteral(
            "SELECT seq, change_id, table_name, row_id, op, fields, base_version, hlc, "
            "origin_node, schema_version FROM change_log WHERE branch_id = ? AND seq > ? "
            "ORDER BY seq LIMIT ?");
}

QString ServerSqliteDialect::nowSql() const
{
    // Stored times are bound QDateTimes in UTC, which Qt writes as ISO 8601 with
    // milliseconds and Z: the same shape, so text comparison is time comparison.
    return QStringLiteral("strftime('%Y-%m-%dT%H:%M:%fZ', 'now')");
}

bool ServerSqliteDialect::lockAuditChain(QSqlDatabase &, const QString &, QString *) const
{
    return true; // BEGIN IMMEDIATE already made this the only writer
}

} // namespace bd
