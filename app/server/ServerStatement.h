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

private:
    bool send(const QVariantList &values);

    QSqlQuery m_query;
    QString m_statement;
    bool m_prepared = false;
};

} // namespace bd
