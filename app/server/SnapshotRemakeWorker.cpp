#include "app/server/SnapshotRemakeWorker.h"

#include "app/server/ServerLog.h"
#include "app/server/SnapshotErasure.h"
#include "database/baseline/BranchSnapshot.h"
#include "database/baseline/RosterHashes.h"
#include "database/baseline/WithheldSnapshot.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QMutexLocker>
#include <QSaveFile>
#include <QSet>
#include <QThread>
#include <QThreadPool>

namespace bd {

namespace {
QMutex g_lock; // the due-lists and g_running
QSet<QString> g_running; // snapshot folder + branch with a pass started or running

QString keyOf(const QString &snapshotDir, const QString &branchId)
{
    return snapshotDir + QLatin1Char('\n') + branchId;
}

QString duePath(const QString &snapshotDir, const QString &branchId)
{
    return QDir(snapshotDir).filePath(branchId + QStringLiteral(".remake"));
}

// Under g_lock. A due-list that cannot be read is taken as empty: the snapshot is still made
// again, and an erasure it missed stays in the log, which comes after the snapshot.
QJsonArray readDue(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).array();
}

bool writeDue(const QString &path, const QJsonArray &due)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly)
            && file.write(QJsonDocument(due).toJson(QJsonDocument::Compact)) >= 0 && file.commit();
}

// For tests only: while the file this names exists, a pass waits before it starts, so that
// a test can see what is served meanwhile (tst_sync_snapshot_erasure).
void waitWhileHeld()
{
    const QString hold = qEnvironmentVariable("BRANCHDESK_TEST_HOLD_SNAPSHOT_WORK");
    while (!hold.isEmpty() && QFileInfo::exists(hold))
        QThread::msleep(50);
}

// One thread: the files share the disk and the cores with the requests. Made after the
// state above, so it is gone first at exit, waiting for a pass being made.
QThreadPool &pool()
{
    static QThreadPool threads;
    threads.setMaxThreadCount(1);
    return threads;
}
} // namespace

Result<> SnapshotRemakeWorker::request(const QString &snapshotDir, const QString &branchId,
                                       const QList<SyncChange> &erasures)
{
    {
        QMutexLocker locker(&g_lock);
        const QString path = duePath(snapshotDir, branchId);
        QJsonArray due = readDue(path);
        for (const SyncChange &erasure : erasures)
            due << erasure.toJson();
        if (!QDir().mkpath(snapshotDir) || !writeDue(path, due))
            return Error(tr("The snapshot of branch %1 cannot be marked for making again in %2.")
                                 .arg(branchId, snapshotDir));
        if (g_running.contains(keyOf(snapshotDir, branchId)))
            return {}; // the pass running reads the list again when it ends
        g_running.insert(keyOf(snapshotDir, branchId));
    }
    pool().start([snapshotDir, branchId] { work(snapshotDir, branchId); });
    return {};
}

bool SnapshotRemakeWorker::pending(const QString &snapshotDir, const QString &branchId)
{
    return !snapshotDir.isEmpty() && QFileInfo::exists(duePath(snapshotDir, branchId));
}

QStringList SnapshotRemakeWorker::resume(const QString &snapshotDir)
{
    QStringList branches;
    if (snapshotDir.isEmpty())
        return branches;
    const QDir folder(snapshotDir);
    for (const QString &name : folder.entryList({ QStringLiteral("*.remake") }, QDir::Files))
        branches << name.chopped(7);
    for (const QString &name : folder.entryList({ QStringLiteral("*.json") }, QDir::Files)) {
        const QString branchId = name.chopped(5);
        if (!branches.contains(branchId) && BranchSnapshot(snapshotDir).current(branchId)
            && RosterHashes::holdsAny(BranchSnapshot(snapshotDir).filePath(branchId)))
            branches << branchId;
    }
    for (const QString &branchId : std::as_const(branches)) {
        if (const Result<> asked = request(snapshotDir, branchId, {}); !asked)
            ServerLog::event(ServerLog::Level::Warning, QStringLiteral("snapshot_not_made"),
                             { { QStringLiteral("branch"), branchId },
                               { QStringLiteral("reason"), asked.errorString() } });
    }
    return branches;
}

void SnapshotRemakeWorker::work(const QString &snapshotDir, const QString &branchId)
{
    const QString path = duePath(snapshotDir, branchId);
    for (;;) {
        waitWhileHeld();
        QElapsedTimer clock;
        clock.start();
        QJsonArray due;
        {
            QMutexLocker locker(&g_lock);
            due = readDue(path);
        }
        QList<SyncChange> erasures;
        for (const QJsonValue &value : std::as_const(due)) {
            QString problem;
            const SyncChange change = SyncChange::fromJson(value.toObject(), &problem);
            if (problem.isEmpty())
                erasures << change;
        }
        const Result<bool> made = SnapshotErasure(snapshotDir).remake(BranchId(branchId), erasures);
        if (!made) {
            // Left due: the snapshot stays unserved rather than served with the customer in
            // it; the next start (or erasure) tries again.
            ServerLog::event(ServerLog::Level::Warning, QStringLiteral("snapshot_not_made"),
                             { { QStringLiteral("branch"), branchId },
                               { QStringLiteral("reason"), made.errorString() } });
            QMutexLocker locker(&g_lock);
            g_running.remove(keyOf(snapshotDir, branchId));
            return;
        }
        bool done = false;
        {
            QMutexLocker locker(&g_lock);
            const QJsonArray now = readDue(path);
            if (now.size() <= due.size()) {
                QFile::remove(path);
                g_running.remove(keyOf(snapshotDir, branchId));
                done = true;
            } else {
                QJsonArray rest;
                for (qsizetype i = due.size(); i < now.size(); ++i)
                    rest << now.at(i);
                writeDue(path, rest);
            }
        }
        if (done) {
            ServerLog::event(ServerLog::Level::Info, QStringLiteral("snapshot_remade"),
                             { { QStringLiteral("branch"), branchId },
                               { QStringLiteral("erasures"), double(erasures.size()) },
                               { QStringLiteral("ms"), double(clock.elapsed()) } });
            // Its copy for roles without personal data follows, of the file made now, on this
            // thread (not WithheldSnapshotWorker's: at exit its pool may be gone already).
            if (const auto source = BranchSnapshot(snapshotDir).current(branchId); *made && source) {
                WithheldSnapshot withheld(snapshotDir);
                if (!withheld.current(branchId, *source))
                    ServerLog::event(ServerLog::Level::Warning, QStringLiteral("snapshot_not_made"),
                                     { { QStringLiteral("branch"), branchId },
                                       { QStringLiteral("reason"), withheld.errorString() } });
            }
            return;
        }
    }
}

} // namespace bd
