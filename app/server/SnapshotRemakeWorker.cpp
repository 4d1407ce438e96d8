#include "app/server/SnapshotRemakeWorker.h"

#include "app/server/ServerLog.h"
#include "app/server/SnapshotErasure.h"
#include "app/server/WithheldSnapshotWorker.h"
#include "database/baseline/BranchSnapshot.h"
#include "database/baseline/RosterHashes.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QMutex>
#include <QMutexLocker>
#include <QSaveFile>
#include <QSet>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

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

QString g_hold; // SnapshotRemakeWorker::holdWhileExists: set once, before any pass
QHash<QString, int> g_failures; // under g_lock: passes failed in a row, per key

// A failed pass is tried again after 2 s, 4 s, ... up to 5 minutes.
constexpr int kFirstRetryMs = 2000;
constexpr int kLongestRetryMs = 5 * 60 * 1000;

void waitWhileHeld()
{
    while (!g_hold.isEmpty() && QFileInfo::exists(g_hold))
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
    }
    start(snapshotDir, branchId);
    return {};
}

void SnapshotRemakeWorker::start(const QString &snapshotDir, const QString &branchId)
{
    {
        QMutexLocker locker(&g_lock);
        if (g_running.contains(keyOf(snapshotDir, branchId)))
            return; // the pass running reads the list again when it ends
        g_running.insert(keyOf(snapshotDir, branchId));
    }
    pool().start([snapshotDir, branchId] { work(snapshotDir, branchId); });
}

void SnapshotRemakeWorker::holdWhileExists(const QString &file)
{
    g_hold = file;
}

void SnapshotRemakeWorker::retryLater(const QString &snapshotDir, const QString &branchId,
                                      const QString &reason)
{
    int failures = 0;
    {
        QMutexLocker locker(&g_lock);
        failures = ++g_failures[keyOf(snapshotDir, branchId)];
        g_running.remove(keyOf(snapshotDir, branchId));
    }
    const int delayMs = int(std::min<qint64>(qint64(kFirstRetryMs) << std::min(failures - 1, 20),
                                             kLongestRetryMs));
    // Left due meanwhile: the snapshot stays unserved rather than served with an erased
    // customer in it.
    ServerLog::event(ServerLog::Level::Warning, QStringLiteral("snapshot_not_made"),
                     { { QStringLiteral("branch"), branchId },
                       { QStringLiteral("reason"), reason },
                       { QStringLiteral("failures"), double(failures) },
                       { QStringLiteral("retry_in_ms"), double(delayMs) } });
    // The timer runs on the main thread's event loop (this pool thread has none); at exit it
    // is dropped with the loop, and the due file makes the next start take the work up.
    QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return;
    QMetaObject::invokeMethod(
            app,
            [app, snapshotDir, branchId, delayMs] {
                QTimer::singleShot(delayMs, app, [snapshotDir, branchId] {
                    if (pending(snapshotDir, branchId))
                        start(snapshotDir, branchId);
                });
            },
            Qt::QueuedConnection);
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
        // One pass at a time over the branch's snapshot, in any process on this folder.
        const std::unique_ptr<QLockFile> remaking
                = BranchSnapshot::lock(BranchSnapshot(snapshotDir).filePath(branchId),
                                       QStringLiteral("remake"));
        if (!remaking)
            return retryLater(snapshotDir, branchId,
                              tr("The snapshot folder %1 cannot be written.").arg(snapshotDir));
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
        if (!made)
            return retryLater(snapshotDir, branchId, made.errorString());
        const auto moreDue = [&] {
            QMutexLocker locker(&g_lock);
            return readDue(path).size() > due.size();
        };
        // Its copy for roles without personal data, of the file made now, while the snapshot
        // is still due (503): a request finding it missing would have it made once more.
        // On this thread (not WithheldSnapshotWorker's: at exit its pool may be gone already).
        if (!moreDue())
            WithheldSnapshotWorker::makeNow(snapshotDir, branchId);
        {
            QMutexLocker locker(&g_lock);
            const QJsonArray now = readDue(path);
            if (now.size() > due.size()) {
                QJsonArray rest;
                for (qsizetype i = due.size(); i < now.size(); ++i)
                    rest << now.at(i);
                writeDue(path, rest);
                continue;
            }
            QFile::remove(path);
            g_running.remove(keyOf(snapshotDir, branchId));
            g_failures.remove(keyOf(snapshotDir, branchId));
        }
        ServerLog::event(ServerLog::Level::Info, QStringLiteral("snapshot_remade"),
                         { { QStringLiteral("branch"), branchId },
                           { QStringLiteral("erasures"), double(erasures.size()) },
                           { QStringLiteral("ms"), double(clock.elapsed()) } });
        return;
    }
}

} // namespace bd
