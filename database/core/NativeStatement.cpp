#include "database/core/NativeStatement.h"

#include <sqlite3.h>

namespace bd {

NativeStatement::NativeStatement(sqlite3 *db, const QString &sql)
    : m_db(db)
{
    if (!m_db) {
        m_problem = QStringLiteral("not an SQLite database");
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
    const int stepped = sqlite3_step(m_statement);
    // The message is read before the reset, which clears it.
    const QString problem = stepped == SQLITE_DONE ? QString()
                                                   : QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    if (!problem.isEmpty())
        return Error(problem);
    return {};
}

} // namespace bd
