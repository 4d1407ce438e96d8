#pragma once

#include <QString>

namespace bd::WithheldSnapshotWorker {

// Makes a branch's snapshot copy without personal data (WithheldSnapshot) on a thread of
// its own, off the request path: making it copies the whole branch file twice, and the
// server answers one request at a time. Asked for by a request that found the copy missing or
// made of an older snapshot (answered "try again shortly" meanwhile). One copy is made at
// a time; asked again while it runs, it runs once more after, of the snapshot then current.
void request(const QString &snapshotDir, const QString &branchId);
// Whether a copy of the branch is being made or waiting to be.
bool busy(const QString &snapshotDir, const QString &branchId);
// Makes the copy of the branch's current snapshot now, on the caller's thread, unless it is
// made already; logs what happened (made, or why not). Nothing when there is no snapshot.
// The worker runs it, and so does SnapshotRemakeWorker after remaking a snapshot.
void makeNow(const QString &snapshotDir, const QString &branchId);

} // namespace bd::WithheldSnapshotWorker
