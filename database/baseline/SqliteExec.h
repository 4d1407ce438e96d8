#pragma once

// One or more SQL statements on a raw sqlite3 handle, for the snapshot files the server
// copies and prepares outside Qt SQL (BranchSnapshot, WithheldSnapshot).
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

} // namespace bd::SqliteExec
