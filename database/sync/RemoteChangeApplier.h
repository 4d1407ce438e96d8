#pragma once

#include "app/common/SyncChange.h"
#include "app/domain/Result.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace bd {

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

    enum class Outcome { Applied, Conflicted };
    Result<Outcome> apply(const SyncChange &change);
    int conflictsRecorded() const { return m_conflicts; }

private:
    const QSet<QString> &columnsOf(const QString &table);
    QString localClock(const QString &table, const QString &rowId, const QString &field);
    Result<> setClock(const QString &table, const QString &rowId, const QString &field,
                      const QString &hlc);
    Result<> recordConflict(const SyncChange &change, const QString &field, const QVariant &kept,
                            const QVariant &lost, const QString &keptHlc, const QString &lostHlc);
    Result<Outcome> insertRow(const SyncChange &change, const QSet<QString> &columns);

    Store &m_store;
    QHash<QString, QSet<QString>> m_columns;
    int m_conflicts = 0;
};

} // namespace bd
