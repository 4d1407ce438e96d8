#pragma once

// Two workstation files of one branch compared as their users would find them (issue #21):
// every table a baseline carries, row by row, personal data opened with each file's own
// data key; and the customer search index, as the number of keys of each kind per customer
// (blind keys of two files are made under different data keys, so their values differ
// while their number may not). Each check answers the differences as readable lines,
// empty when the files agree.
#include "database/baseline/BaselinePage.h"
#include "database/core/SensitiveColumns.h"
#include "database/core/Store.h"

#include <QHash>
#include <QSqlQuery>
#include <QStringList>

namespace bd::test::WorkstationComparison {

namespace detail {
struct TableShape
{
    QStringList columns; // in both files
    QStringList key; // primary key columns (every shared column without one)
};

inline QStringList columnsOf(Store &store, const QString &table, QStringList *key = nullptr)
{
    QStringList columns;
    QSqlQuery info(store.database());
    info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
    while (info.next()) {
        columns << info.value(1).toString();
        if (key && info.value(5).toInt() > 0)
            *key << info.value(1).toString();
    }
    return columns;
}

inline TableShape shapeOf(Store &actual, Store &expected, const QString &table)
{
    TableShape shape;
    QStringList key;
    const QStringList here = columnsOf(actual, table, &key);
    const QStringList there = columnsOf(expected, table);
    for (const QString &column : here) {
        if (there.contains(column))
            shape.columns << column;
    }
    for (const QString &column : std::as_const(key)) {
        if (shape.columns.contains(column))
            shape.key << column;
    }
    if (shape.key.isEmpty())
        shape.key = shape.columns;
    return shape;
}

// Row key -> "column=value" per column, personal data opened.
inline QHash<QString, QStringList> rowsOf(Store &store, const QString &table,
                                          const TableShape &shape)
{
    QHash<QString, QStringList> rows;
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM %2").arg(shape.columns.join(u','), table)))
        return rows;
    while (query.next()) {
        QStringList key;
        QStringList values;
        for (int c = 0; c < shape.columns.size(); ++c) {
            const QString &column = shape.columns.at(c);
            const QVariant stored = query.value(c);
            const QString value = stored.isNull() ? QStringLiteral("<null>")
                    : SensitiveColumns::isSensitive(table, column)
                    ? SensitiveColumns::open(store, stored)
                    : stored.toString();
            if (shape.key.contains(column))
                key << value;
            values << column + QLatin1Char('=') + value;
        }
        rows.insert(key.join(u'|'), values);
    }
    return rows;
}
} // namespace detail

// Every baseline table row by row; `localColumns` ("table.column", "*.column" in every
// table) are each workstation's own and left out.
inline QStringList tables(Store &actual, Store &expected, const QStringList &localColumns = {})
{
    QStringList differences;
    for (const QString &table : BaselinePage::tables()) {
        detail::TableShape shape = detail::shapeOf(actual, expected, table);
        for (const QString &local : localColumns) {
            if (local.section(u'.', 0, 0) == table || local.section(u'.', 0, 0) == u'*')
                shape.columns.removeAll(local.section(u'.', 1));
        }
        if (shape.columns.isEmpty()) {
            differences << table + QStringLiteral(": not in both files");
            continue;
        }
        const QHash<QString, QStringList> here = detail::rowsOf(actual, table, shape);
        const QHash<QString, QStringList> there = detail::rowsOf(expected, table, shape);
        if (here.size() != there.size())
            differences << QStringLiteral("%1: %2 rows, %3 expected")
                                   .arg(table)
                                   .arg(here.size())
                                   .arg(there.size());
        for (auto row = there.cbegin(); row != there.cend(); ++row) {
            const QStringList mine = here.value(row.key());
            if (mine.isEmpty()) {
                differences << table + QLatin1Char('/') + row.key() + QStringLiteral(": missing");
                continue;
            }
            for (int c = 0; c < row->size(); ++c) {
                if (mine.at(c) != row->at(c))
                    differences << QStringLiteral("%1/%2: %3, expected %4")
                                           .arg(table, row.key(), mine.at(c), row->at(c));
            }
        }
    }
    return differences;
}

// customer id -> "kind:count" of its search keys, sorted.
inline QHash<QString, QStringList> searchKeyCounts(Store &store)
{
    QHash<QString, QStringList> counts;
    QSqlQuery query(store.database());
    query.exec(QStringLiteral("SELECT customer_id, substr(key, 1, instr(key, ':')), count(*) "
                              "FROM customer_search_key GROUP BY 1, 2 ORDER BY 1, 2"));
    while (query.next())
        counts[query.value(0).toString()]
                << query.value(1).toString() + query.value(2).toString();
    return counts;
}

// The number of search keys of each kind, customer by customer, and in all.
inline QStringList searchKeys(Store &actual, Store &expected, qint64 *total = nullptr)
{
    QStringList differences;
    const QHash<QString, QStringList> here = searchKeyCounts(actual);
    const QHash<QString, QStringList> there = searchKeyCounts(expected);
    if (here.size() != there.size())
        differences << QStringLiteral("search keys for %1 customers, %2 expected")
                               .arg(here.size())
                               .arg(there.size());
    for (auto customer = there.cbegin(); customer != there.cend(); ++customer) {
        if (here.value(customer.key()) != *customer)
            differences << QStringLiteral("search keys of %1: %2, expected %3")
                                   .arg(customer.key(),
                                        here.value(customer.key()).join(u' '),
                                        customer->join(u' '));
    }
    auto count = [](Store &store) {
        QSqlQuery query(store.database());
        return query.exec(QStringLiteral("SELECT count(*) FROM customer_search_key"))
                        && query.next()
                ? query.value(0).toLongLong()
                : -1;
    };
    const qint64 mine = count(actual);
    const qint64 theirs = count(expected);
    if (mine != theirs)
        differences << QStringLiteral("%1 search keys, %2 expected").arg(mine).arg(theirs);
    if (total)
        *total = theirs;
    return differences;
}

} // namespace bd::test::WorkstationComparison
