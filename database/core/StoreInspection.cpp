#include "database/core/StoreInspection.h"

#include "database/core/Store.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace bd {

namespace {
// Runs one single-value query; false if SQLite reports an error.
bool queryInt(sqlite3 *db, const char *sql, qint64 *value, QString *error)
{
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW) {
            *value = sqlite3_column_int64(stmt, 0);
            rc = SQLITE_OK;
        } else if (rc == SQLITE_DONE) {
            *value = 0;
            rc = SQLITE_OK;
        }
    }
    if (rc != SQLITE_OK && error)
        *error = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(stmt);
    return rc == SQLITE_OK;
}
} // namespace

StoreInspection StoreInspection::inspect(const QString &path, int latestSchemaVersion)
{
    return inspect(path, latestSchemaVersion, Store::kApplicationId);
}

StoreInspection StoreInspection::inspect(const QString &path, int latestSchemaVersion,
                                         qint64 expectedApplicationId)
{
    StoreInspection result;
    const QFileInfo info(path);
    if (!info.exists())
        return result;
    if (info.size() == 0) {
        result.verdict = Verdict::Empty;
        return result;
    }

    // Through SQLite only, never a QFile: SQLite's POSIX locks belong to the process, and
    // an open()/close() of a file this process has open in a Store drops them, after which
    // another process takes itself for the last user and deletes the write-ahead log.
    sqlite3 *db = nullptr;
    const QByteArray nativePath = QFile::encodeName(path);
    if (sqlite3_open_v2(nativePath.constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        result.verdict = Verdict::Corrupt;
        result.detail = QString::fromUtf8(sqlite3_errmsg(db));
        result.message = tr("%1 cannot be opened: %2. It was left untouched.").arg(path, result.detail);
        sqlite3_close(db);
        return result;
    }

    QString error;
    qint64 applicationId = 0;
    qint64 tableCount = 0;
    qint64 hasVersionTable = 0;
    qint64 version = 0;
    const bool header = queryInt(db, "PRAGMA application_id", &applicationId, &error);
    if (!header && sqlite3_errcode(db) == SQLITE_NOTADB) { // its first 16 bytes say so
        sqlite3_close(db);
        result.verdict = Verdict::NotSqlite;
        result.detail = tr("not an SQLite file");
        result.message = tr("%1 is not a BranchDesk database (it is not an SQLite file). "
                            "It was left untouched.")
                                 .arg(path);
        return result;
    }
    const bool readable = header
            && queryInt(db, "SELECT count(*) FROM sqlite_master", &tableCount, &error)
            && queryInt(db,
                        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = "
                        "'schema_version'",
                        &hasVersionTable, &error)
            && (!hasVersionTable
                || queryInt(db, "SELECT coalesce(max(version), 0) FROM schema_version", &version,
                            &error));
    // quick_check reads every page: affordable for a branch-sized file at start-up, not
    // for a multi-gigabyte benchmark file, where reading the schema has to suffice.
    constexpr qint64 kQuickCheckLimit = 256 * 1024 * 1024;
    qint64 pageCheck = 0;
    const bool pagesOk = readable
            && (info.size() > kQuickCheckLimit
                || (queryInt(db,
                             "SELECT count(*) FROM pragma_quick_check(1) WHERE quick_check = 'ok'",
                             &pageCheck, &error)
                    && pageCheck == 1));
    sqlite3_close(db);

    if (!readable || !pagesOk) {
        result.verdict = Verdict::Corrupt;
        result.detail = error.isEmpty() ? tr("integrity check failed") : error;
        result.message = tr("%1 is damaged and cannot be read (%2). It was left untouched; "
                            "restore it from a backup or sync a fresh copy.")
                                 .arg(path, result.detail);
        return result;
    }
    if (tableCount == 0 && applicationId == 0) {
        result.verdict = Verdict::Empty;
        return result;
    }
    if (applicationId != expectedApplicationId || !hasVersionTable) {
        result.verdict = Verdict::NotOurs;
        result.message = tr("%1 is an SQLite database of another program, not a BranchDesk "
                            "database. It was left untouched.")
                                 .arg(path);
        return result;
    }
    result.schemaVersion = int(version);
    if (version > latestSchemaVersion) {
        result.verdict = Verdict::Newer;
        result.message = tr("%1 was written by a newer BranchDesk (schema version %2; this "
                            "program knows up to %3). Update BranchDesk to open it. The file "
                            "was left untouched.")
                                 .arg(path)
                                 .arg(version)
                                 .arg(latestSchemaVersion);
        return result;
    }
    result.verdict = Verdict::Ours;
    return result;
}

} // namespace bd
