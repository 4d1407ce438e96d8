#pragma once

#include "app/common/SyncChange.h"
#include "app/domain/Result.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QString>

#include <memory>

namespace bd {

class MultiRowInsert;
class NativeStatement;
class Store;

// Applies a change pulled from the server to the local tables, inside the caller's
// transaction, field by field: a pulled value wins over the local one only if its hybrid
// logical clock is later; whichever value loses is kept in sync_conflict when the two
// differ. A deleted row stays deleted (an edit after a delete is a conflict, not a
// resurrection). Pulled changes are not captured in the outbox again. PulledBatch uses it.
class RemoteChangeApplier
{
public:
    explicit RemoteChangeApplier(Store &store);

    // Waiting: the change's row, or a row it points to, is not here (yet): nothing was
    // applied, and waitingReason() says why (HeldChanges keeps it until the row comes).
    enum class Outcome { Applied, Conflicted, Waiting };
    Result<Outcome> apply(const SyncChange &change);
    QString waitingReason() const { return m_waiting; }
    // This workstation's own change come back. Already here, unless a fresh download (a
    // new server epoch) brought back an older copy of its row: a customer it had moved away
    // returns with the branch's older rows. Its fields later than the row's are put back;
    // nothing is inserted or deleted, no conflict recorded.
    Result<Outcome> applyOwn(const SyncChange &change);
    // From changes[from] on, a run of new rows of one table and column list (an import
    // elsewhere, a new workstation's first pulls) inserted a few hundred rows per
    // statement, each with its row clock, as apply() would insert them one by one
    // (RemoteNewRows.cpp). Returns how many changes it applied: 0 when fewer than
    // kMinimumRun qualify or the run could not be inserted whole (it is undone then, and
    // the caller applies the changes one by one, which sets aside or holds what fails).
    // Another workstation's changes only; inside the caller's transaction.
    Result<qsizetype> insertNewRows(const QList<SyncChange> &changes, qsizetype from);
    static constexpr qsizetype kMinimumRun = 16;
    static constexpr qsizetype kMaximumRun = 1024;
    // A change that could not be applied (the caller rolled back what it did) is set aside
    // whole in sync_conflict with `reason`, for a person: the rest of the batch goes on.
    Result<> setAside(const SyncChange &change, const QString &reason);
    int conflictsRecorded() const { return m_conflicts; }
    // A customer's erasure as CustomerDataSweep sends it: the row with erased_at set.
    static bool isErasure(const SyncChange &change);

private:
    // The columns that find a change's row, and their values (empty: the row id does not
    // fit the table's key).
    struct RowKey
    {
        QStringList columns;
        QVariantList values;
        QString condition() const; // "id = ?", "referral_id = ? AND item = ?"
        void bind(QSqlQuery &query, int from) const;
    };
    RowKey keyOf(const SyncChange &change);
    const QSet<QString> &columnsOf(const QString &table);
    QString localClock(const QString &table, const QString &rowId, const QString &field);
    Result<> setClock(const QString &table, const QString &rowId, const QString &field,
                      const QString &hlc);
    // The same for several fields of one row, in one statement.
    Result<> setClocks(const QString &table, const QString &rowId, const QStringList &fields,
                       const QString &hlc);
    Result<> recordConflict(const SyncChange &change, const QString &field, const QVariant &kept,
                            const QVariant &lost, const QString &keptHlc, const QString &lostHlc,
                            const QString &reason = {});
    Result<Outcome> insertRow(const SyncChange &change, const QSet<QString> &columns);
    // A new row's columns and values as insertRow() writes them (sealed, stamped).
    Result<> newRow(const SyncChange &change, const QSet<QString> &columns, QStringList &names,
                    QVariantList &values);
    // The change with the columns this desk derives itself (KYC search form, birth year).
    static SyncChange withDerivedColumns(const SyncChange &change);
    // Of these row ids, those here in `table` or holding clocks: not new rows.
    Result<QSet<QString>> rowsHere(const QString &table, const QStringList &rowIds);
    // A statement prepared once per batch and reused: preparing one per change and per
    // field was most of the time a pulled batch took (issue 13: 690 changes/s).
    QSqlQuery &statement(const QString &sql);
    // A new row's INSERT for one table and set of columns, the statement that writes its
    // row clock for those columns and the one that writes a clock per column where the row
    // id still holds clocks from before (both bound: row id, stamp).
    struct InsertStatement
    {
        std::shared_ptr<QSqlQuery> insert;
        std::shared_ptr<NativeStatement> heldClocks;
        std::shared_ptr<NativeStatement> rowClock;
    };
    InsertStatement &insertStatement(const QString &table, const QStringList &names);
    Outcome waitFor(const QString &why)
    {
        m_waiting = why;
        return Outcome::Waiting;
    }

    Store &m_store;
    QHash<QString, QSet<QString>> m_columns;
    QHash<QString, QStringList> m_keyColumns;
    QHash<QString, std::shared_ptr<QSqlQuery>> m_statements;
    QHash<QString, InsertStatement> m_inserts; // by "table:column,column,..."
    QHash<QString, std::shared_ptr<MultiRowInsert>> m_multiRowInserts; // the same key
    QString m_now; // created_at/updated_at of the rows this batch inserts
    int m_conflicts = 0;
    QString m_waiting;
    bool m_own = false;
};

} // namespace bd
