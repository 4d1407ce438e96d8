#include "database/search/SearchKeyStage.h"

#include <QString>

#include <sqlite3.h>

namespace bd {

SearchKeyStage::SearchKeyStage(sqlite3 *db)
    : m_db(db)
{
}

SearchKeyStage::~SearchKeyStage()
{
    sqlite3_finalize(m_insert);
    if (m_db)
        (void)execute("DROP TABLE IF EXISTS temp.search_key_stage");
}

Result<> SearchKeyStage::execute(const char *sql)
{
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        return Error(QString::fromUtf8(sqlite3_errmsg(m_db)));
    return {};
}

Result<> SearchKeyStage::open()
{
    if (!m_db)
        return Error(QStringLiteral("the search index needs an SQLite database"));
    if (Result<> made = execute("DROP TABLE IF EXISTS temp.search_key_stage; "
                                "CREATE TEMP TABLE search_key_stage(key TEXT, customer_id TEXT)");
        !made)
        return made;
    if (sqlite3_prepare_v2(m_db, "INSERT INTO temp.search_key_stage(key, customer_id) "
                                 "VALUES (?1, ?2)", -1, &m_insert, nullptr) != SQLITE_OK)
        return Error(QString::fromUtf8(sqlite3_errmsg(m_db)));
    return {};
}

Result<> SearchKeyStage::add(const QByteArray &key, const QByteArray &customerId)
{
    sqlite3_bind_text(m_insert, 1, key.constData(), int(key.size()), SQLITE_TRANSIENT);
    sqlite3_bind_text(m_insert, 2, customerId.constData(), int(customerId.size()),
                      SQLITE_TRANSIENT);
    const int stepped = sqlite3_step(m_insert);
    sqlite3_reset(m_insert);
    if (stepped != SQLITE_DONE)
        return Error(QString::fromUtf8(sqlite3_errmsg(m_db)));
    return {};
}

Result<> SearchKeyStage::moveIntoIndex()
{
    return execute("INSERT OR IGNORE INTO customer_search_key(key, customer_id) "
                   "SELECT key, customer_id FROM temp.search_key_stage "
                   "ORDER BY key, customer_id");
}

} // namespace bd
