#pragma once

#include "app/domain/Ids.h"
#include "app/domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace bd {

class ServerStore;

// Retention of the change log (`branchdesk-server compact-log`, run by a timer of the
// operator's): each branch's changes received more than the retention ago are folded into
// the branch's snapshot (SnapshotFold: applied to a copy as a workstation would apply them,
// then made the served snapshot, exact as of the last one), and only then removed from the
// log (LogRetention). A crash in between leaves the log whole. A branch without a snapshot
// keeps its whole log: there is nothing to fold into.
class LogCompaction
{
    Q_DECLARE_TR_FUNCTIONS(LogCompaction)

public:
    LogCompaction(ServerStore &store, QString snapshotDir);

    struct Compacted
    {
        BranchId branch;
        qint64 from = 0; // the snapshot was exact as of this change
        qint64 through = 0; // now as of this one; the log starts after it
    };
    // Every branch; `skipped` gets a sentence per branch that has no snapshot.
    Result<QList<Compacted>> run(int retentionDays, QStringList *skipped = nullptr);
    Result<Compacted> compact(const BranchId &branch, qint64 throughSeq);

private:
    ServerStore &m_store;
    QString m_snapshotDir;
};

} // namespace bd
