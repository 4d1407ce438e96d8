#pragma once

#include "app/domain/Ids.h"
#include "app/domain/Money.h"
#include "app/domain/Result.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QVariant>
#include <QVariantList>

#include <functional>

namespace bd {

// One statement: prepared once, bound by position or name, run, read. Errors come back as
// Result with the driver's text, so no caller repeats lastError().text().
//
//   SqlQuery q(m_store.database(), "SELECT name FROM customer WHERE id = ?");
//   q.bind(customerId);
//   if (Result<> ran = q.exec(); !ran)
//       return ran.error();
//   while (q.next())
//       names << q.text(0);
//
// A statement that runs many times is kept as a member and re-bound: bind(position, ...)
// replaces, bind(value) appends for one run only (the position counter rewinds on exec()).
class SqlQuery
{
public:
    explicit SqlQuery(const QSqlDatabase &database);
    SqlQuery(const QSqlDatabase &database, const QString &sql); // prepared here
    SqlQuery() = default;

    // A failure is kept: exec() returns it.
    void prepare(const QString &sql);
    bool isPrepared() const { return m_prepared; }
    void setForwardOnly(bool forwardOnly) { m_query.setForwardOnly(forwardOnly); }

    // The next positional placeholder.
    SqlQuery &bind(const QVariant &value);
    template<typename Kind>
    SqlQuery &bind(const Id<Kind> &id) { return bind(QVariant(id.toString())); }
    SqlQuery &bind(Money money) { return bind(QVariant(qint64(money.fen()))); }
    // A placeholder by its position (0-based) or its name (":name").
    SqlQuery &bindAt(int position, const QVariant &value);
    SqlQuery &bindAt(const QString &name, const QVariant &value);

    // Runs the prepared statement with what is bound.
    Result<> exec();
    // An UPDATE guarded by a version: an empty error when it changed no row (someone else
    // changed or removed the row meanwhile), the driver's text when it failed.
    Result<> execOnOneRow();
    // Runs one statement that binds nothing (DDL, PRAGMA, BEGIN, ...).
    Result<> exec(const QString &sql);
    // A read whose callers take a failure as "no rows": the driver's text goes to the log
    // (branchdesk.db) and false comes back.
    bool select();
    // The same for a whole read: prepares, binds `values` in order, hands each row over.
    static bool selectEach(const QSqlDatabase &database, const QString &sql,
                           const QVariantList &values,
                           const std::function<void(const SqlQuery &)> &eachRow);

    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QVariant value(const QString &column) const { return m_query.value(column); }
    QString text(int column) const { return m_query.value(column).toString(); }
    int integer(int column) const { return m_query.value(column).toInt(); }
    qint64 integer64(int column) const { return m_query.value(column).toLongLong(); }
    Money money(int column) const { return Money::fromFen(integer64(column)); }
    QDate date(int column) const;
    QSqlRecord record() const { return m_query.record(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    QVariant lastInsertId() const { return m_query.lastInsertId(); }
    // Releases the result set so a kept statement does not hold a read lock between runs.
    void finish() { m_query.finish(); }

    // For what this wrapper does not carry (record(), size(), ...).
    QSqlQuery &query() { return m_query; }
    const QSqlQuery &query() const { return m_query; }

    // Every row of one forward-only read, each made by rowOf; the driver's text on failure.
    template<typename Row>
    static Result<QList<Row>> readAll(const QSqlDatabase &database, const QString &sql,
                                      const QVariantList &values,
                                      const std::function<Row(const SqlQuery &)> &rowOf)
    {
        SqlQuery query(database);
        query.setForwardOnly(true);
        query.prepare(sql);
        for (const QVariant &value : values)
            query.bind(value);
        if (Result<> ran = query.exec(); !ran)
            return ran.error();
        QList<Row> rows;
        while (query.next())
            rows << rowOf(query);
        return rows;
    }

    // The text of the last failure of any query, for code that holds a raw QSqlQuery.
    static QString driverText(const QSqlQuery &query);

private:
    QSqlQuery m_query;
    bool m_prepared = false;
    int m_nextPosition = 0;
    QString m_prepareError;
};

// Values as columns store them: a NULL text, an empty string for no text where the column
// is NOT NULL, an ISO day or NULL.
namespace SqlValue {
QVariant nullText();
QVariant orNull(const QString &text); // NULL for an empty text
QVariant notNull(const QString &text); // "" for a null text (NOT NULL columns)
QVariant dateOrNull(const QDate &date);
} // namespace SqlValue

} // namespace bd
