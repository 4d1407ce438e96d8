#include "database/baseline/SnapshotMerge.h"

#include "database/baseline/BaselinePage.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace bd {

namespace {
// Only ever inserted (BaselinePage): a row there never changes.
bool appendOnly(const QString &table)
{
    return table == QLatin1String("txn") || table == QLatin1String("customer_event")
            || table == QLatin1String("aum_snapshot");
}

struct Columns
{
    QStringList all;
    QStringList key;
};

Columns columnsOf(const QSqlDatabase &db, const QString &schema, const QString &table)
{
    Columns columns;
    QSqlQuery info(db);
    info.exec(QStringLiteral("PRAGMA %1.table_info(%2)").arg(schema, table));
    while (info.next()) {
        columns.all << info.value(1).toString();
        if (info.value(5).toInt() > 0)
            columns.key << info.value(1).toString();
    }
    return columns;
}

QString mergeSql(const QString &table, const QStringList &shared, const QStringList &key)
{
    const QString list = shared.join(QStringLiteral(", "));
    // A row this workstation changed lately keeps its values (SnapshotMerge.h).
    QString select = QStringLiteral("SELECT %1 FROM snap.%2 WHERE true").arg(list, table);
    if (shared.contains(QStringLiteral("id")))
        select += QStringLiteral(" AND id NOT IN (SELECT row_id FROM main.sync_outbox WHERE "
                                 "table_name = '%1' AND (pushed_at IS NULL OR pushed_at >= ?))")
                          .arg(table);
    if (appendOnly(table) || key.isEmpty())
        return QStringLiteral("INSERT OR IGNORE INTO main.%1 (%2) %3").arg(table, list, select);
    QStringList updates;
    for (const QString &column : shared) {
        if (!key.contains(column))
            updates << QStringLiteral("%1 = excluded.%1").arg(column);
    }
    if (updates.isEmpty())
        return QStringLiteral("INSERT OR IGNORE INTO main.%1 (%2) %3").arg(table, list, select);
    return QStringLiteral("INSERT INTO main.%1 (%2) %3 ON CONFLICT (%4) DO UPDATE SET %5")
            .arg(table, list, select, key.join(QStringLiteral(", ")),
                 updates.join(QStringLiteral(", ")));
}
} // namespace

Result<qint64> SnapshotMerge::merge(Store &store, const QString &snapshotPath,
                                    const QString &keepChangedSince)
{
    QSqlDatabase db = store.database();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("ATTACH DATABASE '%1' AS snap")
                            .arg(QString(snapshotPath).replace(QLatin1Char('\''),
                                                               QStringLiteral("''")))))
        return Error(tr("The branch snapshot cannot be read: %1").arg(query.lastError().text()));
    qint64 rows = 0;
    QString problem;
    {
        Transaction transaction(db);
        QSqlQuery(db).exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
        for (const QString &table : BaselinePage::tables()) {
            const Columns here = columnsOf(db, QStringLiteral("main"), table);
            const Columns there = columnsOf(db, QStringLiteral("snap"), table);
            QStringList shared;
            for (const QString &column : here.all) {
                if (there.all.contains(column))
                    shared << column;
            }
            if (shared.isEmpty())
                continue;
            QSqlQuery merge(db);
            merge.prepare(mergeSql(table, shared, here.key));
            if (shared.contains(QStringLiteral("id")))
                merge.addBindValue(keepChangedSince);
            if (!merge.exec()) {
                problem = table + QStringLiteral(": ") + merge.lastError().text();
                break;
            }
            rows += merge.numRowsAffected();
        }
        if (problem.isEmpty()) {
            if (const Result<> committed = transaction.commit(); !committed)
                problem = committed.error().message();
        }
    }
    query.exec(QStringLiteral("DETACH DATABASE snap"));
    if (!problem.isEmpty())
        return Error(tr("The branch snapshot could not be taken in: %1").arg(problem));
    return rows;
}

} // namespace bd
