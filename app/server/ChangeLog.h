#pragma once

#include "app/common/SyncChange.h"
#include "app/domain/Ids.h"
#include "app/domain/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace bd {

class ServerDatabase;

// Each branch's log of changes, the one workstations push to and pull from: numbered per
// branch from 1, in commit order (a number handed out is committed before any later one),
// and idempotent (a change id is stored once and keeps its first number).
class ChangeLog
{
public:
    explicit ChangeLog(const ServerDatabase &database)
        : m_database(database)
    {
    }

    enum class Outcome { Applied, Duplicate };
    struct Accepted
    {
        QString changeId;
        Outcome outcome;
        qint64 seq; // the number of the change in its branch's log (also for duplicates)
    };
    // Appends the changes in one transaction, in the given order; one accepted per change.
    Result<QList<Accepted>> append(const BranchId &branch, const QList<SyncChange> &changes);
    // The branch's changes numbered above `after`, in order, at most `limit`.
    Result<QList<SyncChange>> after(const BranchId &branch, qint64 after, int limit) const;
    // The number of each of these change ids the server holds, in any branch's log (a change
    // whose id is held is a duplicate: append stores nothing of it).
    Result<QHash<QString, qint64>> held(const QStringList &changeIds) const;
    // The last number the branch's log handed out (0 before the first).
    Result<qint64> head(const BranchId &branch) const;

private:
    const ServerDatabase &m_database;
};

} // namespace bd
