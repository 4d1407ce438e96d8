#include "app/demo/DemoDeferredIndexes.h"

#include "app/demo/DemoSql.h"

#include <sqlite3.h>

namespace bd::demo {

DemoDeferredIndexes::DemoDeferredIndexes(sqlite3 *db, const char *table, QString &error)
    : m_db(db)
    , m_error(error)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db,
                           "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND "
                           "tbl_name = ? AND sql IS NOT NULL ORDER BY rowid",
                           -1, &statement, nullptr)
        != SQLITE_OK) {
        if (m_error.isEmpty())
            m_error = QString::fromUtf8(sqlite3_errmsg(db));
        return;
    }
    sqlite3_bind_text(statement, 1, table, -1, SQLITE_STATIC);
    while (sqlite3_step(statement) == SQLITE_ROW)
        m_indexes.emplace_back(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)),
                               reinterpret_cast<const char *>(sqlite3_column_text(statement, 1)));
    sqlite3_finalize(statement);
    for (const auto &[name, sql] : m_indexes)
        execute(db, ("DROP INDEX \"" + name + "\"").c_str(), m_error);
}

void DemoDeferredIndexes::restore()
{
    for (const auto &[name, sql] : m_indexes)
        execute(m_db, sql.c_str(), m_error);
    m_indexes.clear();
}

} // namespace bd::demo
