#include "database/baseline/SnapshotFold.h"

#include "database/core/Store.h"
#include "database/sync/MovedCustomers.h"
#include "database/sync/PulledBatch.h"

namespace bd {

namespace {
// CustomerSearchIndex's marker: a workstation rebuilds its index at open when it is stale.
const QString kSearchIndexVersion = QStringLiteral("search_index_version");
} // namespace

SnapshotFold::SnapshotFold() = default;
SnapshotFold::~SnapshotFold() = default;

Result<> SnapshotFold::open(const QString &path)
{
    m_store = std::make_unique<Store>();
    if (const Result<> opened = m_store->open(path); !opened)
        return Error(tr("The branch snapshot %1 cannot be opened: %2")
                             .arg(path, opened.error().message()));
    return {};
}

Result<> SnapshotFold::apply(const QList<SyncChange> &changes, qint64 lastSeq, const QString &epoch)
{
    PulledBatch batch;
    batch.changes = changes;
    batch.lastSeq = lastSeq;
    batch.epoch = epoch;
    const Result<PulledBatch::Applied> applied
            = batch.apply(*m_store, [](const PulledBatch::Touched &) { return Result<>(); });
    if (!applied)
        return applied.error();
    return {};
}

Result<> SnapshotFold::finish(const QString &branchId)
{
    if (const Result<int> removed = MovedCustomers(*m_store).removeAwayFrom(branchId); !removed)
        return removed.error();
    if (!m_store->setSetting(kSearchIndexVersion, QStringLiteral("0")))
        return Error(tr("The branch snapshot's search index could not be marked for rebuilding."));
    m_store->close();
    m_store.reset();
    return {};
}

} // namespace bd
