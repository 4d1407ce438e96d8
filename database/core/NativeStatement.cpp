#include "database/core/NativeStatement.h"

#include <sqlite3.h>

namespace bd {

NativeStatement::NativeStatement(sqlite3 *db, const QString &sql)
    : m_db(db)
{
    if (!m_db) {
        m_problem = notSqlite();
        return;
    }
    if (sqlite3_prepare_v2(m_db, sql.toUtf8().constData(), -1, &m_statement, nullptr) != SQLITE_OK)
        m_problem = QString::fromUtf8(sqlite3_errmsg(m_db));
}

NativeStatement::~NativeStatement()
{
    sqlite3_finalize(m_statement);
}

Result<> NativeStatement::run(std::initializer_list<QByteArray> values)
{
    if (!m_statement)
        return Error(m_problem);
    int position = 0;
    for (const QByteArray &value : values) {
        sqlite3_bind_text(m_statement, ++position, value.constData(), int(value.size()),
                          SQLITE_TRANSIENT);
    }
    return runBound(m_db, m_statement);
}

Result<> NativeStatement::runBound(sqlite3 *db, sqlite3_stmt *statement)
{
    const int stepped = sqlite3_step(statement);
    // The message is read before the reset, which clears it.
    const QString problem = stepped == SQLITE_DONE ? QString()
                                                   : QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    if (!problem.isEmpty())
        return Error(problem);
    return {};
}

QString NativeStatement::notSqlite()
{
    return QStringLiteral("not an SQLite database");
}

} // namespace bd
