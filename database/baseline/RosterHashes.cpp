#include "database/baseline/RosterHashes.h"

#include "database/baseline/SqliteExec.h"

#include <sqlite3.h>

namespace bd::RosterHashes {

bool isHash(const QString &table, const QString &column)
{
    return table == QLatin1String("staff_user") && column == QLatin1String("password_hash");
}

void blankIn(const QString &table, QJsonObject &fields)
{
    const QString column = QStringLiteral("password_hash");
    if (isHash(table, column) && !fields.value(column).toString().isEmpty())
        fields.insert(column, QString(QLatin1String("")));
}

bool blank(sqlite3 *db, QString *error)
{
    if (!SqliteExec::hasColumn(db, "staff_user", "password_hash"))
        return true;
    return SqliteExec::run(db, "UPDATE staff_user SET password_hash = '' WHERE password_hash <> ''",
                           error);
}

bool holdsAny(const QString &path)
{
    sqlite3 *db = nullptr;
    bool holds = false;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK
        && SqliteExec::hasColumn(db, "staff_user", "password_hash")) {
        sqlite3_stmt *statement = nullptr;
        holds = sqlite3_prepare_v2(db,
                                   "SELECT EXISTS (SELECT 1 FROM staff_user WHERE "
                                   "password_hash <> '')",
                                   -1, &statement, nullptr)
                        == SQLITE_OK
                && sqlite3_step(statement) == SQLITE_ROW && sqlite3_column_int(statement, 0) != 0;
        sqlite3_finalize(statement);
    }
    sqlite3_close(db);
    return holds;
}

} // namespace bd::RosterHashes
