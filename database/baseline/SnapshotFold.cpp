#include "database/baseline/SnapshotFold.h"

#include "database/core/Store.h"
#include "database/sync/MovedCustomers.h"
#include "database/sync/PulledBatch.h"

#include <QSqlQuery>

namespace bd {

namespace {
// CustomerSearchIndex's marker: a workstation rebuilds its index at open when it is stale.
const QString kSearchIndexVersion = QStringLiteral("search_index_version");
// PlaintextSealing's marker: the first sign-in that opens the data key seals what is plain.
const QString kValuesSealed = QStringLiteral("field_values_sealed");
// SensitiveColumns': personal data may be written plain while the data key is locked. Set
// on this private copy only, while it is folded.
const QString kSealingDeferred = QStringLiteral("field_sealing_deferred");
} // namespace

SnapshotFold::SnapshotFold() = default;
SnapshotFold::~SnapshotFold() = default;

Result<> SnapshotFold::open(const QString &path)
{
    m_store = std::make_unique<Store>();
    if (const Result<> opened = m_store->open(path); !opened)
        return Error(tr("The branch snapshot %1 cannot be opened: %2")
                             .arg(path, opened.error().message()));
    // The server holds no workstation's data key: the changes' personal data goes in plain,
    // as the server keeps it, and is sealed on the workstation (issue #21).
    if (m_store->fieldsEncrypted()
        && (!m_store->setSetting(kValuesSealed, QStringLiteral("0"))
            || !m_store->setSetting(kSealingDeferred, QStringLiteral("1"))))
        return Error(tr("The branch snapshot's personal data could not be marked for sealing."));
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
    QSqlQuery marker(m_store->database());
    marker.prepare(QStringLiteral("DELETE FROM app_setting WHERE key = ?"));
    marker.addBindValue(kSealingDeferred);
    if (!marker.exec())
        return Error(tr("The branch snapshot's personal data could not be marked for sealing."));
    marker.finish();
    m_store->close();
    m_store.reset();
    return {};
}

} // namespace bd
