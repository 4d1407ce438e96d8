#pragma once

#include "app/common/SyncChange.h"
#include "app/domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>

namespace bd {

class Store;

// Brings a copy of a branch's snapshot forward by the changes of the branch's log after it
// (the server's LogCompaction, when the log's old changes go at retention): each batch is
// applied as a workstation's pull applies it (PulledBatch: field by field, tombstones
// kept), then the customers now kept by other branches leave (MovedCustomers) and the
// search index is marked for rebuilding where the file is next opened. BranchSnapshot then
// makes the served file from it.
class SnapshotFold
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotFold)

public:
    SnapshotFold();
    ~SnapshotFold();
    Q_DISABLE_COPY_MOVE(SnapshotFold)

    // `path`: a copy of the snapshot file, changed in place.
    Result<> open(const QString &path);
    // The branch's changes in log order, the last one numbered `lastSeq`.
    Result<> apply(const QList<SyncChange> &changes, qint64 lastSeq, const QString &epoch);
    Result<> finish(const QString &branchId);

private:
    std::unique_ptr<Store> m_store;
};

} // namespace bd
