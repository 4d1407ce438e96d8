#pragma once

#include "app/common/SyncChange.h"
#include "app/server/ChangeLog.h"
#include "app/domain/Ids.h"
#include "app/domain/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace bd {

class ServerDatabase;

// A customer's erasure reaches the server's change log too (issue 13, "Erasure is a synced,
// final operation"): once a branch's log holds the erasure of a customer (their row with
// erased_at set), no entry of the customer's rows keeps a value sent before it. Entries of
// the customer row take the erasure's values; another table's row of the customer (one
// naming them in customer_id) takes, in every entry stamped before the erasure or filed
// before it, the values its first entry after it carries - the erasing workstation's
// blanking, or that of a workstation that held the row alone - and in a personal column
// that no such entry sets, its erased value (CustomerDataMap). An edit stamped before the
// erasure that arrives later is blanked the same way; so is a personal value stamped after
// it that a later entry of the row overwrites (a workstation wrote it not knowing of the
// erasure, its clock a little ahead, and blanked it when the erasure came). Run after each
// push.
class LogErasure
{
public:
    explicit LogErasure(const ServerDatabase &database)
        : m_database(database)
    {
    }

    Result<> afterAppend(const BranchId &branch, const QList<SyncChange> &stored);
    // A customer moved away from `from` after their erasure there: the copies of their rows
    // that the mover made before it knew of the erasure carry the erased values to the new
    // branch. Returns the erasure of each such customer in `from`'s log, to be filed after
    // the copies in the new branch's log (named from the original, so a re-push is a
    // duplicate).
    Result<QList<SyncChange>> erasuresToCarry(const BranchId &from,
                                              const QList<SyncChange> &copies) const;
    // A change id (UUIDv7, the original's time) derived from `original`'s: a change the
    // server files besides it is a duplicate when the original is pushed again.
    static QString derivedChangeId(const QString &original, const QString &row,
                                   const QString &kind);
    // An erasure pushed by the branch a customer moved away from goes to the new branch's
    // log (MovedAwayChanges), but the old branch's log and its workstations' outboxes still
    // hold what they had of the customer. The erasures among `routed` (changes filed in the
    // new branch's log), each under a change id derived from its own, to be filed in the
    // pushing branch's log too.
    static QList<SyncChange> erasuresToEcho(const QList<SyncChange> &routed);
    // A row of a table whose rows an erasure deletes (an opportunity, a tag, a consent
    // record ...) written for a customer whose erasure `branch`'s log already holds, by a
    // desk that had not pulled it (its clock ahead, or offline): the server erases the row
    // itself rather than leave it live until a desk that may erase it syncs twice (F41).
    // For each such row among `filed` (just filed in that log) that the same push does not
    // delete after, its blanking (the erased values, with customer_id) and its delete, as a
    // server-made change (node "server") stamped after every entry of the row and the
    // erasure, under ids derived from the row's change so that a re-push files them once.
    // An erasure's own blanking (nothing but erased values) makes no row live: left alone.
    Result<QList<SyncChange>> erasuresOfLiveRows(const BranchId &branch,
                                                 const QList<SyncChange> &filed) const;
    // The server's log records each such change `branch`'s log filed anew (`stored`, as
    // ChangeLog answered): the row, its change, who pushed; no personal data.
    static void logRowErasuresFiled(const QString &user, const BranchId &branch,
                                    const QList<SyncChange> &erasures,
                                    const QList<ChangeLog::Accepted> &stored);

private:
    struct Entry
    {
        qint64 seq = 0;
        QString hlc;
        QJsonObject fields;
    };
    struct Erasure
    {
        QString stamp; // the earliest erasure's
        qint64 seq = 0; // where the log first filed one
    };
    Result<QHash<QString, Erasure>> erasuresOf(const BranchId &branch) const;
    Result<QList<Entry>> entriesOf(const BranchId &branch, const QString &table,
                                   const QString &rowId) const;
    Result<QList<SyncChange>> rowsNaming(const BranchId &branch, const QString &customer) const;
    Result<QString> customerOf(const BranchId &branch, const SyncChange &change) const;
    Result<> scrubRow(const BranchId &branch, const QString &table, const QString &rowId,
                      const Erasure &erasure) const;

    const ServerDatabase &m_database;
};

} // namespace bd
