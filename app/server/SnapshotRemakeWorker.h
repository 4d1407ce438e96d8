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
// personal data (WithheldSnapshot) is made again right after, on the same thread and before
// the due file goes, so that no request makes it a second time. A pass that fails is tried
// again after 2 s, then twice as long each time up to 5 minutes (logged snapshot_not_made
// with the reason and when it tries again). A pass holds a lock beside the snapshot
// (BranchSnapshot::lock): two servers on one folder remake a branch one after the other.
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
    // For tests (the server's hidden --test-hold-snapshot-work): while `file` exists, a pass
    // waits before it starts, so that a test sees what is served meanwhile. Set at start.
    static void holdWhileExists(const QString &file);

private:
    static void start(const QString &snapshotDir, const QString &branchId);
    static void work(const QString &snapshotDir, const QString &branchId);
    static void retryLater(const QString &snapshotDir, const QString &branchId,
                           const QString &reason);
};

} // namespace bd
