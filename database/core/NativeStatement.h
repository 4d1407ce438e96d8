#pragma once

#include "app/domain/Result.h"

#include <QByteArray>
#include <QString>

#include <initializer_list>

struct sqlite3;
struct sqlite3_stmt;

namespace bd {

// One statement prepared on the file's own sqlite3 handle and run many times with text
// values, for the few writes a pulled batch makes per row where Qt SQL's binding (a
// QVariant and a UTF-16 copy per value) was much of the cost. Runs on the caller's
// connection, so it is part of its open transaction. Not for reads.
class NativeStatement
{
public:
    NativeStatement(sqlite3 *db, const QString &sql); // a failure is kept: run() returns it
    ~NativeStatement();
    NativeStatement(const NativeStatement &) = delete;
    NativeStatement &operator=(const NativeStatement &) = delete;

    // Binds `values` (UTF-8) to ?1, ?2, ... and runs to the end.
    Result<> run(std::initializer_list<QByteArray> values);

    // Runs a statement whose values are bound to its end and readies it for the next
    // values (reset, bindings cleared); SQLite's message if it did not finish. For every
    // statement run on the native handle (MultiRowInsert too).
    static Result<> runBound(sqlite3 *db, sqlite3_stmt *statement);
    static QString notSqlite(); // the problem when the connection has no sqlite3 handle

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QString m_problem;
};

} // namespace bd
