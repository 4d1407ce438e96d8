#include "app/server/WithheldSnapshotWorker.h"

#include "app/server/ServerLog.h"
#include "database/baseline/BranchSnapshot.h"
#include "database/baseline/WithheldSnapshot.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QThreadPool>

namespace bd::WithheldSnapshotWorker {

namespace {
QMutex g_lock;
// Branch (snapshot folder and id) -> asked again while its copy is being made.
QHash<QString, bool> g_pending;

QString keyOf(const QString &snapshotDir, const QString &branchId)
{
    return snapshotDir + QLatin1Char('\n') + branchId;
}

void make(const QString &snapshotDir, const QString &branchId)
{
    const QString key = keyOf(snapshotDir, branchId);
    for (;;) {
        // Of the snapshot current now: a later push may have remade it since the ask.
        makeNow(snapshotDir, branchId);
        QMutexLocker locker(&g_lock);
        if (!g_pending.value(key)) {
            g_pending.remove(key);
            return;
        }
        g_pending[key] = false;
    }
}
// One thread: the copies share the disk and the cores with the requests. Made after the
// state above, so it is gone first at exit, waiting for a copy being made.
QThreadPool &pool()
{
    static QThreadPool threads;
    threads.setMaxThreadCount(1);
    return threads;
}
} // namespace

void request(const QString &snapshotDir, const QString &branchId)
{
    {
        QMutexLocker locker(&g_lock);
        const QString key = keyOf(snapshotDir, branchId);
        if (g_pending.contains(key)) {
            g_pending[key] = true;
            return;
        }
        g_pending.insert(key, false);
    }
    pool().start([snapshotDir, branchId] { make(snapshotDir, branchId); });
}

bool busy(const QString &snapshotDir, const QString &branchId)
{
    QMutexLocker locker(&g_lock);
    return g_pending.contains(keyOf(snapshotDir, branchId));
}

void makeNow(const QString &snapshotDir, const QString &branchId)
{
    const auto source = BranchSnapshot(snapshotDir).current(branchId);
    if (!source)
        return;
    WithheldSnapshot withheld(snapshotDir);
    if (!withheld.current(branchId, *source))
        ServerLog::event(ServerLog::Level::Warning, QStringLiteral("snapshot_not_made"),
                         { { QStringLiteral("branch"), branchId },
                           { QStringLiteral("reason"), withheld.errorString() } });
    else if (withheld.madeNow())
        ServerLog::event(ServerLog::Level::Info, QStringLiteral("snapshot_copy_made"),
                         { { QStringLiteral("branch"), branchId } });
}

} // namespace bd::WithheldSnapshotWorker
