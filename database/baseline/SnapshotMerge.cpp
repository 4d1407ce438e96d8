#include "database/baseline/SnapshotMerge.h"

#include "database/baseline/BaselinePage.h"
#include "database/baseline/RosterHashes.h"
#include "database/baseline/WithheldSnapshot.h"
#include "database/core/SensitiveColumns.h"
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

// What the snapshot's personal data is to this workstation.
struct Origin
{
    bool foreignKey = false; // sealed under the keys of the file the branch came from
    bool withheld = false; // placeholders only (WithheldSnapshot)
};

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

// Personal data a snapshot made before issue #21 holds sealed under the keys of the file
// it was imported from (enc1: its data key; enc2: identifiers sealed to its reveal key): a
// workstation with another key (built from the pages) cannot open it. Such a value is the
// one imported, which this workstation got plain from the pages: its own stays. A value
// changed since came through the log and is plain in the snapshot (SnapshotFold). Snapshots
// made now hold every value plain (SnapshotPersonalData) and no field_key_id.
// A snapshot without personal data (WithheldSnapshot, for a role that may not see it) holds
// placeholders there: the workstation's own values, which the log never changed for that
// role either, stay.
QString snapshotValue(const QString &table, const QString &column, const Origin &origin)
{
    // Snapshots carry no password hashes (RosterHashes): this workstation's own stay.
    if (RosterHashes::isHash(table, column))
        return QStringLiteral("CASE WHEN excluded.%1 = '' THEN %1 ELSE excluded.%1 END").arg(column);
    if (!SensitiveColumns::isSensitive(table, column)
        || (!origin.foreignKey && !origin.withheld))
        return QStringLiteral("excluded.%1").arg(column);
    if (origin.withheld)
        return column;
    return QStringLiteral("CASE WHEN substr(excluded.%1, 1, 5) IN ('enc1:', 'enc2:') THEN %1 "
                          "ELSE excluded.%1 END")
            .arg(column);
}

QString mergeSql(const QString &table, const QStringList &shared, const QStringList &key,
                 const Origin &origin)
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
            updates << QStringLiteral("%1 = %2").arg(column,
                                                     snapshotValue(table, column, origin));
    }
    if (updates.isEmpty())
        return QStringLiteral("INSERT OR IGNORE INTO main.%1 (%2) %3").arg(table, list, select);
    return QStringLiteral("INSERT INTO main.%1 (%2) %3 ON CONFLICT (%4) DO UPDATE SET %5")
            .arg(table, list, select, key.join(QStringLiteral(", ")),
                 updates.join(QStringLiteral(", ")));
}

// A row new here whose personal data came sealed under the snapshot's key: nothing here
// opens it, so the merge stops rather than keep it unreadable (never silently).
QString unreadableRows(const QSqlDatabase &db, const QString &table, const QStringList &shared)
{
    if (!shared.contains(QStringLiteral("id")))
        return {};
    for (const QString &column : shared) {
        if (!SensitiveColumns::isSensitive(table, column))
            continue;
        QSqlQuery count(db);
        if (!count.exec(QStringLiteral("SELECT count(*) FROM main.%1 m JOIN snap.%1 s ON s.id = "
                                       "m.id WHERE substr(m.%2, 1, 5) IN ('enc1:', 'enc2:') "
                                       "AND m.%2 = s.%2")
                                .arg(table, column))
            || !count.next())
            return table + QStringLiteral(": ") + count.lastError().text();
        if (count.value(0).toLongLong() > 0)
            return SnapshotMerge::tr("%1 values of %2.%3 are encrypted under the key of the "
                                     "file the branch was imported from, which this "
                                     "workstation does not hold")
                    .arg(count.value(0).toLongLong())
                    .arg(table, column);
    }
    return {};
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
    auto setting = [&query](const QString &key) {
        query.prepare(QStringLiteral("SELECT value FROM snap.app_setting WHERE key = ?"));
        query.addBindValue(key);
        const QString value = query.exec() && query.next() ? query.value(0).toString() : QString();
        query.finish();
        return value;
    };
    const QString snapshotKey = setting(QStringLiteral("field_key_id"));
    Origin origin;
    origin.foreignKey = !snapshotKey.isEmpty() && snapshotKey != store.fieldKeyId();
    origin.withheld = setting(WithheldSnapshot::marker()) == QLatin1String("1");
    const bool foreignKey = origin.foreignKey;
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
            merge.prepare(mergeSql(table, shared, here.key, origin));
            if (shared.contains(QStringLiteral("id")))
                merge.addBindValue(keepChangedSince);
            if (!merge.exec()) {
                problem = table + QStringLiteral(": ") + merge.lastError().text();
                break;
            }
            rows += merge.numRowsAffected();
            if (foreignKey && problem.isEmpty())
                problem = unreadableRows(db, table, shared);
            if (!problem.isEmpty())
                break;
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
