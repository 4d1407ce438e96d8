#pragma once

// A change as another workstation made it, pulled and applied here the way ChangePull does
// (RemoteChangeApplier, in a transaction of its own): what the tests of a kept, derived table
// write through sync. Link bd_database_sync.
#include "app/common/SyncChange.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/sync/RemoteChangeApplier.h"

#include <QJsonObject>

namespace bd::test {

// The `n`th change of another node (ids and stamps ordered by n), of `op` on a row.
inline SyncChange pulledChange(int n, const QString &table, const QString &rowId, const QString &op,
                               const QJsonObject &fields)
{
    SyncChange change;
    change.changeId = QStringLiteral("01930000-0000-7000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
    change.table = table;
    change.rowId = rowId;
    change.op = op;
    change.fields = fields;
    change.hlc = QStringLiteral("00017950000000%1-00000-node-b").arg(n, 2, 10, QLatin1Char('0'));
    return change;
}

// True when the change was applied (not held, not refused) and committed.
inline bool applyPulled(Store &store, const SyncChange &change)
{
    Transaction transaction(store.database());
    const Result<RemoteChangeApplier::Outcome> applied = RemoteChangeApplier(store).apply(change);
    if (!applied || *applied != RemoteChangeApplier::Outcome::Applied) {
        qWarning("not applied: %s", qPrintable(applied.errorString()));
        return false;
    }
    return bool(transaction.commit());
}

} // namespace bd::test
