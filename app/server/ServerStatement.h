#pragma once

#include "app/domain/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <QVariantList>

namespace bd {

// One statement of the server's store, run (again and again if need be) with its values
// in order, its rows read forward only. Without values it is sent as it is. With values, on
// SQLite they are bound to a statement prepared at its first run and kept prepared; on
// PostgreSQL each value is written into the statement's text by the driver's own
// formatValue(), the same escaping its EXECUTE uses for bound values: one round-trip, where
// QPSQL's PREPARE, EXECUTE and (when the statement ends) DEALLOCATE are three for a statement
// run once, as nearly all of the server's are; and nothing prepared that a pooler in
// transaction mode (PgBouncer) could lend to another session. A failure is the driver's
// message: the set-up commands print it; the routes answer in their own words.
class ServerStatement
{
public:
    ServerStatement(const QSqlDatabase &db, QString statement);

    Result<> run(const QVariantList &values = {});
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    // Lets go of the rows read so far (a statement left open can hold a lock).
    void finish() { m_query.finish(); }

    // A statement run once for its effect.
    static Result<> exec(const QSqlDatabase &db, const QString &statement,
                         const QVariantList &values = {});

    // How values go to PostgreSQL, for the whole process: written into the text (the
    // default), or bound to a prepared statement (a test compares the two).
    enum class PostgresValues { InText, Bound };
    static void setPostgresValues(PostgresValues values);
    // `statement` with each ? that PostgreSQL reads as a placeholder (postgresPlaceholders())
    // replaced by the next value as a literal.
    static QString withValues(const QSqlDriver &driver, const QString &statement,
                              const QVariantList &values);

private:
    bool send(const QVariantList &values);

    QSqlQuery m_query;
    QString m_statement;
    bool m_prepared = false;
};

} // namespace bd
