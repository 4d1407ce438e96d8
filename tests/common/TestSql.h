#pragma once

// Plain SQL on a test's store: the statements a test runs to set a case up, and the single
// values it reads back to check one. A failing statement is logged with its SQL, so a
// QVERIFY on it says what went wrong.
#include "database/core/Store.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QVariant>

namespace bd::test {

// Runs `sql` with `values` bound in order; false (and the error logged) when it failed.
inline bool exec(Store &store, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(store.database());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return false;
    }
    return true;
}

// The first column of the first row `sql` gives; an invalid QVariant when it gave no row
// or failed.
inline QVariant firstValue(Store &store, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(store.database());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0);
}

// The whole number `sql` reads (a COUNT(*)), or -1 when it gave no row or failed.
inline int count(Store &store, const QString &sql, const QVariantList &values = {})
{
    const QVariant value = firstValue(store, sql, values);
    return value.isValid() ? value.toInt() : -1;
}

// The whole number `sql` reads in the database file at `path`, opened for this one
// question and closed again (a program run by the test writes it in between); -1 when it
// does not open, gave no row or failed.
inline qint64 numberInFile(const QString &path, const QString &sql)
{
    Store store;
    if (!store.open(path))
        return -1;
    qint64 value = -1;
    {
        QSqlQuery query(store.database());
        value = query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
    }
    store.close();
    return value;
}

// Every row `sql` gives, its cells joined by '|' (a table compared with another in one
// QCOMPARE); "failed: <sql>" alone when it failed.
inline QStringList rows(Store &store, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(store.database());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return {QStringLiteral("failed: ") + sql};
    QStringList out;
    while (query.next()) {
        QStringList cells;
        for (int i = 0; i < query.record().count(); ++i)
            cells << query.value(i).toString();
        out << cells.join(QLatin1Char('|'));
    }
    return out;
}

// The detail of each step of the plan SQLite makes for `sql` ("SEARCH c USING ...").
inline QStringList planSteps(Store &store, const QString &sql)
{
    QStringList details;
    for (const QString &step : rows(store, QStringLiteral("EXPLAIN QUERY PLAN ") + sql))
        details << step.section(QLatin1Char('|'), -1);
    return details;
}

} // namespace bd::test
