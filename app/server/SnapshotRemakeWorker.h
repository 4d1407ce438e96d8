#pragma once

#include "app/common/SyncChange.h"
#include "app/domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace bd {

// Makes a branch's snapshot again on a thread of its own, off the request path (a sibling
// of WithheldSnapshotWorker): after a push that erased customers the snapshot still holds
// (SnapshotErasure blanks them in a copy, BranchSnapshot makes the file again), and for a
// snapshot made before the roster's hashes were left out (RosterHashes). What is due is
// kept in a file beside the snapshot, <branch id>.remake (the erasures, as changes), written
// before the push is answered: until the worker removes it, the branch's snapshot is not
// handed out (503, "try again shortly"), in this process and after a restart alike, so no
// request gets a file that still holds an erased customer. One branch's work is done once
// at a time; erasures asked for meanwhile are done in the next pass. The copy without
// personal data (WithheldSnapshot) is made again right after, on the same thread.
class SnapshotRemakeWorker
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotRemakeWorker)

public:
    // Records what is due and starts the work (or lets the pass running take it).
    static Result<> request(const QString &snapshotDir, const QString &branchId,
                            const QList<SyncChange> &erasures);
    // Whether the branch's snapshot is due to be made again (its file may not be served).
    static bool pending(const QString &snapshotDir, const QString &branchId);
    // At a server's start: the work a stopped server left, and the snapshots that still hold
    // password hashes. Returns the branches taken up.
    static QStringList resume(const QString &snapshotDir);

private:
    static void work(const QString &snapshotDir, const QString &branchId);
};

} // namespace bd
