#pragma once

#include "app/domain/Ids.h"
#include "app/domain/Result.h"

#include <QString>

namespace bd {

class ServerDatabase;

// What a pull must know of its branch's log besides the changes, read with one statement
// (issue #19: a pull was seven statements, each a round-trip that waits its turn at a busy
// database): the last number handed out, how far the log was compacted into the snapshot,
// the database's epoch and the branch list's version. Read after the changes: each only
// grows (or, for the epoch, changes once), so a compaction or a new epoch that committed
// while the changes were read is seen.
struct BranchLogState
{
    qint64 head = 0; // ChangeLog::head
    qint64 compactedThrough = 0; // LogRetention::compactedThrough
    QString epoch; // ServerDatabase::epoch
    QString listVersion; // ServerBranches::listVersion, without the epoch

    static Result<BranchLogState> read(const ServerDatabase &database, const BranchId &branch);
};

} // namespace bd
