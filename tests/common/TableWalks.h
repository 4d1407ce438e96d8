#pragma once

// Which statements a piece of work runs on a store read a table whole: every statement run
// on this thread's connection is caught while a TableWalks lives (SQLite's statement trace,
// with its bound values), then its plan is asked for. At a branch of 1,000,000 customers a
// statement that walks the customer table takes a second or more, however little it finds;
// on a test's small file it is as quick as any, so the plan is what a test can check.
#include "database/core/Store.h"

#include <QSqlQuery>
#include <QStringList>

#include <functional>

#include <sqlite3.h>

namespace bd::test {

class TableWalks
{
public:
    explicit TableWalks(Store &store)
        : m_store(store)
        , m_handle(Store::nativeHandle(store.database()))
    {
        sqlite3_trace_v2(
                m_handle, SQLITE_TRACE_STMT,
                [](unsigned, void *context, void *statement, void *) -> int {
                    if (char *sql = sqlite3_expanded_sql(static_cast<sqlite3_stmt *>(statement))) {
                        static_cast<QStringList *>(context)->append(QString::fromUtf8(sql));
                        sqlite3_free(sql);
                    }
                    return 0;
                },
                &m_statements);
    }
    ~TableWalks() { stop(); }

    void stop() { sqlite3_trace_v2(m_handle, 0, nullptr, nullptr); }
    const QStringList &statements() const { return m_statements; }

    // "statement -> plan step" for each step that scans `table` (or one of `aliases`), whole
    // or through an index read from end to end; empty when every read of it is a lookup.
    QStringList of(const QString &table, const QStringList &aliases = {})
    {
        stop(); // the plans asked for here are not caught
        QStringList walks;
        const QStringList names = QStringList(aliases) << table;
        const QStringList statements = m_statements;
        for (const QString &sql : statements) {
            QSqlQuery plan(m_store.database());
            if (!plan.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql))
                continue; // a statement of a transaction or savepoint has no plan
            while (plan.next()) {
                const QString detail = plan.value(3).toString();
                for (const QString &name : names) {
                    if (detail == QLatin1String("SCAN ") + name
                        || detail.startsWith(QLatin1String("SCAN ") + name + QLatin1Char(' ')))
                        walks << sql.simplified().left(200) + QStringLiteral(" -> ") + detail;
                }
            }
        }
        return walks;
    }

private:
    Store &m_store;
    sqlite3 *m_handle;
    QStringList m_statements;
};

// Gives SQLite's planner the statistics of a branch of `rows` customers in `table` (one
// branch, ids unique, other columns a twentieth as many values per step), so that a small
// test file is planned as a large desk's is: on a handful of rows a scan is the cheapest plan
// and says nothing about the plan at 1,000,000.
inline bool planAsForALargeBranch(Store &store, const QString &table, qint64 rows)
{
    QSqlQuery query(store.database());
    if (!query.exec(QStringLiteral("ANALYZE")))
        return false;
    if (!query.exec(QStringLiteral("DELETE FROM sqlite_stat1 WHERE tbl = '%1'").arg(table)))
        return false;
    QStringList stats{QStringLiteral("INSERT INTO sqlite_stat1 VALUES ('%1', NULL, '%2')")
                              .arg(table)
                              .arg(rows)};
    QSqlQuery indexes(store.database());
    if (!indexes.exec(QStringLiteral("SELECT name FROM pragma_index_list('%1')").arg(table)))
        return false;
    while (indexes.next()) {
        const QString index = indexes.value(0).toString();
        QSqlQuery columns(store.database());
        if (!columns.exec(QStringLiteral("SELECT name FROM pragma_index_info('%1')").arg(index)))
            return false;
        QStringList perValue{QString::number(rows)};
        qint64 same = rows;
        while (columns.next()) {
            const QString column = columns.value(0).toString();
            if (column == QLatin1String("id"))
                same = 1;
            else if (column != QLatin1String("branch_id") && column != QLatin1String("deleted"))
                same = qMax<qint64>(1, same / 20);
            perValue << QString::number(same);
        }
        stats << QStringLiteral("INSERT INTO sqlite_stat1 VALUES ('%1', '%2', '%3')")
                         .arg(table, index, perValue.join(QLatin1Char(' ')));
    }
    for (const QString &sql : std::as_const(stats)) {
        if (!query.exec(sql))
            return false;
    }
    return query.exec(QStringLiteral("ANALYZE sqlite_schema")); // the planner reads them again
}

// The SQL of every statement `run` makes on the store's connection of this thread, with its
// bound values written in, in order.
inline QStringList statementsRunBy(Store &store, const std::function<void()> &run)
{
    TableWalks caught(store);
    run();
    caught.stop();
    return caught.statements();
}

// As statementsRunBy, each statement on one line (white space folded), for a test that
// reads the statements' text.
inline QStringList statementLinesRunBy(Store &store, const std::function<void()> &run)
{
    QStringList lines = statementsRunBy(store, run);
    for (QString &line : lines)
        line = line.simplified();
    return lines;
}

} // namespace bd::test
