#pragma once

#include "app/common/SyncChange.h"
#include "app/domain/Ids.h"
#include "app/domain/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace bd {

// A customer's erasure reaches the branch's snapshot file too (issue 13, "erased values
// exist nowhere afterwards"): the file a new workstation downloads was made before the
// erasure and held the customer's personal data. A push that brought an erasure only marks
// the snapshot as due (SnapshotRemakeWorker: not served until made again); on the worker's
// thread the customer's rows are blanked in a copy as a workstation blanks them
// (CustomerDataMap, the erased placeholders in plain: the server holds no data key), their
// search keys go, and the file is made again (BranchSnapshot: VACUUM INTO, so no freed page
// keeps an old value). Its change number stays: the log after it still brings the erasure.
class SnapshotErasure
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotErasure)

public:
    explicit SnapshotErasure(QString snapshotDir);

    // In the push request: marks the branch's snapshot as due when the changes erase
    // customers. Cheap: a small file beside the snapshot.
    Result<> afterAppend(const BranchId &branch, const QList<SyncChange> &stored);
    // On the worker's thread: makes the snapshot again with the erasures blanked, and
    // without the roster's password hashes. True if a new file was made.
    Result<bool> remake(const BranchId &branch, const QList<SyncChange> &erasures);
    // The customers' erasures among some changes (their customer row with erased_at set).
    static QList<SyncChange> erasuresIn(const QList<SyncChange> &changes);

private:
    Result<> blank(const QString &path, const QList<SyncChange> &erasures, bool *changed);

    QString m_directory;
};

} // namespace bd
