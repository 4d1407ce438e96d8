#pragma once

#include "app/domain/Result.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

struct sqlite3;

namespace bd {

class Store;

// The one owner of sync_state, the sync bookkeeping of a workstation file
// (docs/SYNC_PROTOCOL.md): where its pull stands (the cursor and the server's epoch), how far
// a baseline download got (its id, the last page applied, the indexes set aside while it
// loads), the last audit entry the server acknowledged, the branch the workstation holds and
// when a round last succeeded. Nothing else reads or writes the table.
//
// Works on a Store's connection or on a workstation file opened with the sqlite3 C API (a
// snapshot made on the server, an imported workstation file). Writes join the caller's open
// transaction; reads of a key never written give an empty value (0 for numbers).
class SyncState
{
public:
    explicit SyncState(Store &store);
    explicit SyncState(sqlite3 *file);

    // The pull: the last change number of the branch's log applied here, and the epoch of
    // the server it came from.
    qint64 cursor() const;
    QString epoch() const;
    Result<> advance(qint64 cursor, const QString &epoch);
    // A server with another epoch (restored or re-created): the log is read again from its
    // start and the baseline counts as not loaded.
    Result<> startOver(const QString &epoch);

    // The version of the server's branch list this workstation applied last (a pull
    // answer's branches_version); empty before the first. The server sends the list again
    // only when its version is another.
    QString branchListVersion() const;
    Result<> setBranchListVersion(const QString &version);

    // The baseline download, page by page.
    QString baselineId() const;
    int baselinePage() const; // the last page applied of baselineId()
    bool isBaselineLoaded(const QString &baselineId) const;
    bool isAnyBaselineLoaded() const;
    Result<> beginBaseline(const QString &baselineId); // its pages count from the start
    Result<> pageApplied(int page);
    // The last page is in: a workstation that starts from the baseline continues the log
    // after `asOf`; one that was already following the log keeps its cursor.
    Result<> finishBaseline(const QString &baselineId, qint64 asOf);
    // CREATE INDEX statements dropped for the load, to be made again once it is over;
    // nothing when none were set aside.
    std::optional<QStringList> indexesSetAside() const;
    Result<> setIndexesAside(const QStringList &statements);
    Result<> indexesRestored();

    // The last entry of this workstation's audit chain the server acknowledged.
    qint64 auditAcknowledged() const;
    Result<> acknowledgeAudit(qint64 seq);

    // When a whole round last succeeded; invalid before the first.
    QDateTime lastRoundAt() const;
    Result<> roundSucceeded();

    // The branch this workstation holds (WorkstationBranch); empty before it is known.
    QString branchId() const;
    Result<> rememberBranch(const QString &branchId); // only if none is recorded yet

    // A workstation made from the branch's snapshot continues the log after `asOf`.
    Result<> startFromSnapshot(qint64 asOf, const QString &epoch, const QString &baselineId);
    // Everything forgotten but the branch: what a snapshot for new workstations carries.
    Result<> resetTo(const QString &branchId);

private:
    QString value(const char *key) const;
    Result<> set(const char *key, const QString &value);
    Result<> remove(const char *key);

    sqlite3 *m_db;
};

} // namespace bd
