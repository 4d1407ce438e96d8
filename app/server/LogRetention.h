#pragma once

#include "app/domain/Ids.h"
#include "app/domain/Result.h"

#include <QDateTime>

namespace bd {

class ServerDatabase;

// Where each branch's change log starts: after the changes that `compact-log` folded into
// the branch's snapshot at retention (LogCompaction, docs/SYNC_PROTOCOL.md "Retention").
// A pull from before that is answered 410 and the workstation takes the snapshot.
class LogRetention
{
public:
    explicit LogRetention(const ServerDatabase &database)
        : m_database(database)
    {
    }

    // The last change number no longer in the log; 0 when nothing was compacted.
    qint64 compactedThrough(const BranchId &branch) const;
    // The number of the branch's last change received before `cutoff`; 0 if none.
    Result<qint64> lastReceivedBefore(const BranchId &branch, const QDateTime &cutoff) const;
    // The log now starts after `seq`: recorded, and the changes through it removed, in one
    // transaction.
    Result<> forgetThrough(const BranchId &branch, qint64 seq);

private:
    const ServerDatabase &m_database;
};

} // namespace bd
