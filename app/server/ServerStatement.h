#pragma once

#include "app/domain/Result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <QVariantList>

namespace bd {

// One statement of the server's store, run (again and again if need be) with its values
// bound in order, its rows read forward only. With values it is prepared at its first run
// and kept prepared; without, it is sent as it is (PostgreSQL's driver prepares with SQL
// PREPARE, which takes neither DDL nor SET). A failure is the driver's message: the set-up
// commands print it; the routes answer in their own words.
//
// Behind a pooler in transaction mode (PgBouncer, `postgres/pooling = transaction`) the next
// transaction may run on another PostgreSQL session, where a statement prepared in this one
// does not exist: then nothing is prepared, and each value is written into the statement's
// text by the driver's own formatValue(), the same escaping its EXECUTE uses for bound values.
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

    // For the whole process: its database sessions are lent by a pooler per transaction.
    static void setPooledPerTransaction(bool pooled);
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
