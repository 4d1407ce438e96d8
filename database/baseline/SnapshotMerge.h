#pragma once

#include "app/domain/Result.h"

#include <QCoreApplication>
#include <QString>

namespace bd {

class Store;

// Takes a branch's snapshot into a workstation that already holds the branch, when the
// server no longer has the changes after its cursor (they were compacted into the snapshot
// at retention, docs/SYNC_PROTOCOL.md "Retention"): every row of the snapshot's tables is
// inserted or, where the workstation has it, replaced by the snapshot's - except rows this
// workstation changed that the snapshot may not hold yet (unsent, refused, or sent since
// `keepChangedSince`, an SqlTime): those keep their local values, and the outbox is not
// touched. Append-only history rows are only inserted. One local transaction.
// A workstation whose data key is not the snapshot's keeps its own value wherever the
// snapshot's is sealed under that key (issue #21; docs/SYNC_PROTOCOL.md "Retention").
class SnapshotMerge
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotMerge)

public:
    static Result<qint64> merge(Store &store, const QString &snapshotPath,
                                const QString &keepChangedSince);
};

} // namespace bd
