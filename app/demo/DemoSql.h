#pragma once

#include <QString>

#include <cstdint>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace bd::demo {

class DemoRowQueue;

// One INSERT prepared once and run millions of times through the sqlite3 C API: binding
// by position, then run() steps and resets. The first failure is kept and every later
// call is a no-op, so the generator checks ok() once per customer instead of per row.
// With a queue, run() hands the bound row to it, and the queue writes it later, in order.
class DemoStatement
{
public:
    DemoStatement(sqlite3 *db, const char *sql, QString &error, DemoRowQueue *queue = nullptr);
    ~DemoStatement();
    DemoStatement(const DemoStatement &) = delete;
    DemoStatement &operator=(const DemoStatement &) = delete;

    DemoStatement &text(std::string_view value);
    DemoStatement &text(const char *value) { return text(std::string_view(value)); }
    DemoStatement &text(const std::string &value) { return text(std::string_view(value)); }
    DemoStatement &text(const QString &value);
    DemoStatement &integer(std::int64_t value);
    DemoStatement &null();
    // Empty text is stored as NULL (for nullable columns such as maturity_date).
    DemoStatement &textOrNull(std::string_view value);
    // A customer identifier column (SensitiveColumns::isIdentifier), sealed to the reveal key
    // by the queue's workers; only on a statement with a queue.
    DemoStatement &identifier(const char *column, std::string_view plain);
    bool run();
    std::int64_t rows() const { return m_rows; }

private:
    friend class DemoRowQueue;
    bool step(); // the values are bound: runs and resets

    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    QString &m_error;
    DemoRowQueue *m_queue;
    int m_index = 0;
    std::int64_t m_rows = 0;
};

// Runs SQL without results (pragmas, BEGIN/COMMIT); false and error on failure.
bool execute(sqlite3 *db, const char *sql, QString &error);
// The first column of the first row of a query, or empty text.
std::string scalar(sqlite3 *db, const char *sql);

} // namespace bd::demo
