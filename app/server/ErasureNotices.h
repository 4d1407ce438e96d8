#pragma once

#include "app/common/SyncChange.h"
#include "app/server/ChangeLog.h"
#include "app/domain/Ids.h"
#include "app/domain/Result.h"

#include <QHash>
#include <QList>
#include <QString>

namespace bd {

class ServerDatabase;

// A customer moved to another branch and erased there: the erasure is filed only in the new
// branch's log, so the old branch's log and its desks kept what they once had of the
// customer (a desk's sent payloads: a consent's evidence, a phone) for good (F38). The
// server therefore files a notice of the erasure in the log of every other branch whose log
// ever held the customer's row: the erasure change itself (the customer's id and the erased
// placeholders, no personal data), without the new branch's place (branch, manager), under
// a change id derived from the original's so that a re-push files it once. Each old
// branch's log is then scrubbed as for any erasure (LogErasure) and its desks blank what they
// still hold of the customer (PulledErasures, as for an erasure echoed to the old branch).
// Whichever desk erased and whatever it knew: an erasure routed to the customer's new branch
// (the eraser had not seen the move) reaches every other branch too, A -> B -> C alike.
class ErasureNotices
{
public:
    explicit ErasureNotices(const ServerDatabase &database)
        : m_database(database)
    {
    }

    // The notices to file, by branch id, for the customer erasures among `filed` (a push's
    // changes just filed in `branch`'s log) that `pusher`'s desk sent: every branch whose
    // log holds the customer but neither `branch` nor `pusher` (which keeps an echo of an
    // erasure filed elsewhere, LogErasure::erasuresToEcho).
    Result<QHash<QString, QList<SyncChange>>> forFormerBranches(const BranchId &pusher,
                                                                const BranchId &branch,
                                                                const QList<SyncChange> &filed) const;

    // The server's log records each notice `to`'s log filed anew (`stored`, as ChangeLog
    // answered for `notices`): its id, the customer's, where from and who pushed, no
    // personal data; which branch learnt of an erasure, and when, can be told afterwards.
    static void logFiled(const QString &user, const BranchId &pusher, const BranchId &to,
                         const QList<SyncChange> &notices,
                         const QList<ChangeLog::Accepted> &stored);

private:
    const ServerDatabase &m_database;
};

} // namespace bd
