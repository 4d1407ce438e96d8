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

#include <functional>

#include <sqlite3.h>

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

// The SQL of every statement `run` makes on the store's connection of this thread, with its
// bound values written in (sqlite3_expanded_sql), in order.
inline QStringList statementsRunBy(Store &store, const std::function<void()> &run)
{
    QStringList statements;
    sqlite3 *handle = Store::nativeHandle(store.database());
    sqlite3_trace_v2(
            handle, SQLITE_TRACE_STMT,
            [](unsigned, void *context, void *statement, void *) -> int {
                if (char *sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt *>(statement))) {
                    static_cast<QStringList *>(context)->append(QString::fromUtf8(sql));
                    sqlite3_free(sql);
                }
                return 0;
            },
            &statements);
    run();
    sqlite3_trace_v2(handle, 0, nullptr, nullptr);
    return statements;
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
