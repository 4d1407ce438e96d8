#include "database/sync/PulledBatch.h"

#include "app/domain/HybridLogicalClock.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/sync/ReferenceBranches.h"
#include "database/sync/RemoteChangeApplier.h"
#include "database/sync/SyncState.h"

namespace bd {

Result<PulledBatch::Applied> PulledBatch::apply(Store &store,
                                                const CustomersChanged &customersChanged) const
{
    Transaction transaction(store.database());
    ReferenceBranches referenceBranches(store);
    if (Result<> stored = referenceBranches.apply(branches); !stored)
        return Error(
                tr("The server's branch list could not be stored: %1").arg(stored.errorString()));
    Applied applied;
    applied.branchListWhole = referenceBranches.heldBack() == 0;
    RemoteChangeApplier applier(store);
    QSet<CustomerId> customers;
    for (const SyncChange &change : changes) {
        if (change.originNode == store.nodeId())
            continue; // our own change, already here
        store.observeStamp(HlcStamp::fromString(change.hlc));
        if (const auto outcome = applier.apply(change); !outcome)
            return Error(tr("A pulled change could not be applied: %1").arg(outcome.errorString()));
        if (change.table == QLatin1String("customer"))
            customers.insert(CustomerId(change.rowId));
        ++applied.pulled;
    }
    if (customersChanged) {
        if (Result<> followed = customersChanged(customers); !followed)
            return followed.error();
    }
    applied.conflicts = applier.conflictsRecorded();
    if (Result<> advanced = SyncState(store).advance(lastSeq, epoch); !advanced)
        return advanced.error();
    if (Result<> committed = transaction.commit(); !committed)
        return committed.error();
    return applied;
}

} // namespace bd
