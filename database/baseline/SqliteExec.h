#pragma once

// One or more SQL statements on a raw sqlite3 handle, for the snapshot files the server
// copies and prepares outside Qt SQL (BranchSnapshot, WithheldSnapshot, SnapshotPersonalData).
#include <QByteArray>
#include <QString>

#include <sqlite3.h>

namespace bd::SqliteExec {

inline bool run(sqlite3 *db, const QByteArray &sql, QString *error)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    *error = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
    sqlite3_free(message);
    return false;
}

inline bool hasTable(sqlite3 *db, const char *table)
{
    sqlite3_stmt *statement = nullptr;
    bool found = false;
    if (sqlite3_prepare_v2(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                           -1, &statement, nullptr)
        == SQLITE_OK) {
        sqlite3_bind_text(statement, 1, table, -1, SQLITE_STATIC);
        found = sqlite3_step(statement) == SQLITE_ROW;
    }
    sqlite3_finalize(statement);
    return found;
}

inline bool hasColumn(sqlite3 *db, const char *table, const char *column)
{
    return sqlite3_table_column_metadata(db, nullptr, table, column, nullptr, nullptr, nullptr,
                                         nullptr, nullptr)
            == SQLITE_OK;
}

} // namespace bd::SqliteExec
