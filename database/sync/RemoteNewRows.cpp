// RemoteChangeApplier::insertNewRows: a run of pulled new rows in few statements (issue 13,
// pull-apply speed). What it inserts, and how, is what apply() does for each of them alone;
// anything else about a change (a row already here, clocks left by a row dropped with a
// moved customer, a KYC interview to renumber, a row id that repeats, another column list)
// ends the run before it, and that change goes the one-by-one way.
#include "database/sync/RemoteChangeApplier.h"

#include "database/core/NativeStatement.h"
#include "database/core/Store.h"
#include "database/sync/KycVersionOrder.h"
#include "database/sync/MultiRowInsert.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace bd {

Result<QSet<QString>> RemoteChangeApplier::rowsHere(const QString &table, const QStringList &rowIds)
{
    // One read for the run instead of a probe per change. The table name was checked
    // against SyncChange::isSyncedTable before it gets here.
    QSqlQuery &here = statement(
            QStringLiteral("SELECT id FROM %1 WHERE id IN (SELECT value FROM json_each(?)) "
                           "UNION SELECT row_id FROM sync_field_clock WHERE table_name = ? AND "
                           "row_id IN (SELECT value FROM json_each(?))")
                    .arg(table));
    const QString ids = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(rowIds))
                                                  .toJson(QJsonDocument::Compact));
    here.bindValue(0, ids);
    here.bindValue(1, table);
    here.bindValue(2, ids);
    if (!here.exec())
        return Error(here.lastError().text());
    QSet<QString> found;
    while (here.next())
        found.insert(here.value(0).toString());
    here.finish();
    return found;
}

Result<qsizetype> RemoteChangeApplier::insertNewRows(const QList<SyncChange> &changes,
                                                     qsizetype from)
{
    // The candidates: upserts of one table keyed by id, of other workstations, each row once.
    const auto candidate = [this](const SyncChange &change, const QString &table) {
        return change.table == table && change.op != QLatin1String("delete")
                && change.originNode != m_store.nodeId() && !change.rowId.isEmpty();
    };
    if (from >= changes.size() || !candidate(changes.at(from), changes.at(from).table))
        return 0;
    const QString table = changes.at(from).table;
    const QSet<QString> &columns = columnsOf(table);
    if (columns.isEmpty() || keyOf(changes.at(from)).columns != QStringList{QStringLiteral("id")})
        return 0;
    QStringList rowIds;
    QSet<QString> seen;
    for (qsizetype i = from; i < changes.size() && rowIds.size() < kMaximumRun; ++i) {
        const SyncChange &change = changes.at(i);
        if (!candidate(change, table) || seen.contains(change.rowId))
            break;
        seen.insert(change.rowId);
        rowIds << change.rowId;
    }
    if (rowIds.size() < kMinimumRun)
        return 0;
    const Result<QSet<QString>> here = rowsHere(table, rowIds);
    if (!here)
        return here.error();
    QStringList names; // the run's column list: the first row's
    QList<QVariantList> rows;
    QStringList ids;
    QStringList stamps;
    for (qsizetype i = 0; i < rowIds.size(); ++i) {
        if (here->contains(rowIds.at(i)))
            break;
        SyncChange change = withDerivedColumns(changes.at(from + i));
        if (KycVersionOrder::takeNumberOut(change, false))
            break; // its version number is derived after the insert
        QStringList rowNames;
        QVariantList values;
        if (!newRow(change, columns, rowNames, values))
            break; // cannot be sealed now: apply() says so
        if (names.isEmpty())
            names = rowNames;
        else if (rowNames != names)
            break;
        rows << values;
        ids << change.rowId;
        stamps << change.hlc;
    }
    if (rows.size() < kMinimumRun)
        return 0;
    // Whole or not at all: a row this schema refuses (a CHECK, a unique CIF, a parent not
    // here) undoes the run, and its changes go one by one, which sets aside or holds it.
    QSqlQuery run(m_store.database());
    if (!run.exec(QStringLiteral("SAVEPOINT pulled_new_rows")))
        return Error(run.lastError().text());
    const QString key = table + QLatin1Char(':') + names.join(QLatin1Char(','));
    std::shared_ptr<MultiRowInsert> &insert = m_multiRowInserts[key];
    if (!insert)
        insert = std::make_shared<MultiRowInsert>(Store::nativeHandle(m_store.database()), table,
                                                  names);
    Result<> written = insert->insert(rows);
    // Each row's clock, as insertRow() writes it (no row id of the run holds clocks).
    NativeStatement &rowClock = *insertStatement(table, names).rowClock;
    for (qsizetype i = 0; written && i < ids.size(); ++i)
        written = rowClock.run({ids.at(i).toUtf8(), stamps.at(i).toUtf8()});
    if (!written) {
        if (!run.exec(QStringLiteral("ROLLBACK TO pulled_new_rows"))
            || !run.exec(QStringLiteral("RELEASE pulled_new_rows")))
            return Error(run.lastError().text());
        return 0;
    }
    if (!run.exec(QStringLiteral("RELEASE pulled_new_rows")))
        return Error(run.lastError().text());
    return rows.size();
}

} // namespace bd
