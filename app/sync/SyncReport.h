#pragma once

#include <QMetaType>
#include <QSet>
#include <QString>

namespace bd {

// What one sync round did (SyncEngine). The counts stand even when the round failed: a
// baseline download cut off after some pages reports the rows it loaded.
struct SyncReport
{
    bool ok = false;
    QString error; // translated; empty when ok
    int pushed = 0;
    int duplicates = 0;
    int refused = 0;
    int pulled = 0;
    int conflicts = 0;
    bool fullDownload = false; // the server's epoch changed: pulled from the start
    bool logCompacted = false; // the pull was answered 410: the changes are in the snapshot
    bool snapshotTaken = false; // ... and the branch's snapshot was taken in (SnapshotRefresh)
    qint64 baselineRows = 0; // rows of the branch's baseline loaded in this round
    int movedAway = 0; // customers now kept by another branch, removed here
    int auditSent = 0; // audit entries the server took in this round
    QString auditProblem; // translated; an entry the server refused (the round fails)
    qint64 clockOffsetMs = 0; // the server's clock minus this machine's, as measured
    int resent = 0; // requests sent again in the round: no answer, or 502/503/504 (SyncRetry)
    // The tables of the changes pulled (own echoes included): a round that brought only
    // opportunities refreshes only what shows them (Workstation).
    QSet<QString> pulledTables;
};

} // namespace bd

Q_DECLARE_METATYPE(bd::SyncReport)
