#include "app/demo/DemoSql.h"

#include "app/demo/DemoRowQueue.h"

#include <sqlite3.h>

namespace bd::demo {

DemoStatement::DemoStatement(sqlite3 *db, const char *sql, QString &error, DemoRowQueue *queue)
    : m_db(db)
    , m_error(error)
    , m_queue(queue)
{
    if (sqlite3_prepare_v3(db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr)
        != SQLITE_OK) {
        if (m_error.isEmpty())
            m_error = QString::fromUtf8(sqlite3_errmsg(db));
        m_statement = nullptr;
    }
}

DemoStatement::~DemoStatement()
{
    sqlite3_finalize(m_statement);
}

DemoStatement &DemoStatement::text(std::string_view value)
{
    if (m_queue)
        m_queue->text(value);
    else if (m_statement)
        sqlite3_bind_text(m_statement, ++m_index, value.data(), int(value.size()),
                          SQLITE_TRANSIENT);
    return *this;
}

DemoStatement &DemoStatement::text(const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    return text(std::string_view(utf8.constData(), std::size_t(utf8.size())));
}

DemoStatement &DemoStatement::integer(std::int64_t value)
{
    if (m_queue)
        m_queue->integer(value);
    else if (m_statement)
        sqlite3_bind_int64(m_statement, ++m_index, value);
    return *this;
}

DemoStatement &DemoStatement::null()
{
    if (m_queue)
        m_queue->null();
    else if (m_statement)
        sqlite3_bind_null(m_statement, ++m_index);
    return *this;
}

DemoStatement &DemoStatement::textOrNull(std::string_view value)
{
    return value.empty() ? null() : text(value);
}

DemoStatement &DemoStatement::identifier(const char *column, std::string_view plain)
{
    if (m_queue)
        m_queue->identifier(column, plain);
    else if (m_error.isEmpty())
        m_error = QStringLiteral("an identifier column needs a row queue to seal it");
    return *this;
}

bool DemoStatement::run()
{
    m_index = 0;
    if (!m_statement || !m_error.isEmpty())
        return false;
    if (m_queue) {
        m_queue->endRow(this);
        return true;
    }
    return step();
}

bool DemoStatement::step()
{
    m_index = 0;
    const int rc = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    if (rc != SQLITE_DONE) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return false;
    }
    ++m_rows;
    return true;
}

bool execute(sqlite3 *db, const char *sql, QString &error)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        if (error.isEmpty())
            error = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
        sqlite3_free(message);
        return false;
    }
    return true;
}

std::string scalar(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    std::string result;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW) {
        if (const unsigned char *value = sqlite3_column_text(statement, 0))
            result = reinterpret_cast<const char *>(value);
    }
    sqlite3_finalize(statement);
    return result;
}

} // namespace bd::demo
