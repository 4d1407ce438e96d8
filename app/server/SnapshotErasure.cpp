#include "app/server/SnapshotErasure.h"

#include "app/server/SnapshotRemakeWorker.h"
#include "database/baseline/BranchSnapshot.h"
#include "database/baseline/RosterHashes.h"
#include "database/privacy/CustomerDataMap.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace bd {

namespace {
bool isErasure(const SyncChange &change)
{
    return change.table == QLatin1String("customer") && change.op != QLatin1String("delete")
            && !change.fields.value(QLatin1String("erased_at")).toString().isEmpty();
}

Result<> run(QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        return Error(query.lastError().text());
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return Error(query.lastError().text());
    return {};
}
} // namespace

SnapshotErasure::SnapshotErasure(QString snapshotDir)
    : m_directory(std::move(snapshotDir))
{
}

QList<SyncChange> SnapshotErasure::erasuresIn(const QList<SyncChange> &changes)
{
    QList<SyncChange> erasures;
    for (const SyncChange &change : changes) {
        if (isErasure(change))
            erasures << change;
    }
    return erasures;
}

Result<> SnapshotErasure::afterAppend(const BranchId &branch, const QList<SyncChange> &stored)
{
    const QList<SyncChange> erasures = erasuresIn(stored);
    if (erasures.isEmpty() || m_directory.isEmpty()
        || !BranchSnapshot(m_directory).current(branch.toString()))
        return {};
    return SnapshotRemakeWorker::request(m_directory, branch.toString(), erasures);
}

Result<bool> SnapshotErasure::remake(const BranchId &branch, const QList<SyncChange> &erasures)
{
    BranchSnapshot snapshots(m_directory);
    const auto current = snapshots.current(branch.toString());
    if (!current)
        return false; // withdrawn or never made: nothing is served to hold the customers
    const QString served = snapshots.filePath(branch.toString());
    const QString copy = BranchSnapshot::scratchPath(served, QStringLiteral("erasing"));
    if (!QFile::copy(served, copy))
        return Error(tr("The snapshot of branch %1 cannot be copied to %2.")
                             .arg(branch.toString(), copy));
    bool changed = false;
    Result<> done = erasures.isEmpty() ? Result<>() : blank(copy, erasures, &changed);
    // A snapshot made before the roster's hashes were left out is made again for them alone.
    const bool make = done && (changed || RosterHashes::holdsAny(copy));
    if (make && !snapshots.make(copy, branch.toString(), current->baselineId, current->asOf))
        done = Error(snapshots.errorString());
    QFile::remove(copy);
    if (!done)
        return done.error();
    return make;
}

Result<> SnapshotErasure::blank(const QString &path, const QList<SyncChange> &erasures,
                                bool *changed)
{
    const QString name = QStringLiteral("snapshot-erasure-") + QUuid::createUuid().toString();
    Result<> done;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return Error(db.lastError().text());
        db.transaction();
        for (const SyncChange &erasure : erasures) {
            QSqlQuery known(db);
            known.prepare(QStringLiteral("SELECT 1 FROM customer WHERE id = ?"));
            known.addBindValue(erasure.rowId);
            if (!known.exec() || !known.next())
                continue; // made after the snapshot: the log alone holds them
            *changed = true;
            QStringList assignments;
            QVariantList values;
            for (const CustomerDataTable::Column &column : CustomerDataMap::customerColumns()) {
                assignments << column.name + QStringLiteral(" = ?");
                values << column.erasedValue;
            }
            for (const QString &column : {QStringLiteral("cif_no"), QStringLiteral("erased_at")}) {
                assignments << column + QStringLiteral(" = ?");
                values << erasure.fields.value(column).toVariant();
            }
            done = run(db, QStringLiteral("UPDATE customer SET %1 WHERE id = ?")
                                   .arg(assignments.join(QStringLiteral(", "))),
                       values << erasure.rowId);
            if (done)
                done = run(db, QStringLiteral("DELETE FROM customer_search_key WHERE customer_id = ?"),
                           {erasure.rowId});
            for (const CustomerDataTable &table : CustomerDataMap::tables()) {
                if (!done || table.erasure == CustomerDataTable::Erasure::Keep)
                    continue;
                QStringList set;
                QVariantList blanks;
                for (const CustomerDataTable::Column &column : table.personalColumns) {
                    set << column.name + QStringLiteral(" = ?");
                    blanks << column.erasedValue;
                }
                if (table.erasure == CustomerDataTable::Erasure::Tombstone)
                    set << QStringLiteral("deleted = 1");
                // Table names and conditions come from CustomerDataMap, never from input.
                done = run(db, QStringLiteral("UPDATE %1 SET %2 WHERE %3")
                                       .arg(table.table, set.join(QStringLiteral(", ")),
                                            table.rowsOfCustomer),
                           blanks << erasure.rowId);
            }
            if (!done)
                break;
        }
        if (done && !db.commit())
            done = Error(db.lastError().text());
        if (!done)
            db.rollback();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return done;
}

} // namespace bd
