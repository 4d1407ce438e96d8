#include "app/server/LogCompaction.h"

#include "app/server/LogRetention.h"
#include "app/server/ServerStore.h"
#include "database/baseline/BranchSnapshot.h"
#include "database/baseline/SnapshotFold.h"
#include "database/baseline/WithheldSnapshot.h"

#include <QDateTime>
#include <QFile>
#include <QLockFile>

namespace bd {

namespace {
constexpr int kBatch = 1000;
}

LogCompaction::LogCompaction(ServerStore &store, QString snapshotDir)
    : m_store(store)
    , m_snapshotDir(std::move(snapshotDir))
{
}

Result<QList<LogCompaction::Compacted>> LogCompaction::run(int retentionDays, QStringList *skipped)
{
    const Result<QList<ServerBranches::Branch>> branches = m_store.branches().all();
    if (!branches)
        return branches.error();
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addDays(-retentionDays);
    LogRetention retention(m_store.database());
    QList<Compacted> done;
    for (const ServerBranches::Branch &branch : *branches) {
        const Result<qint64> through = retention.lastReceivedBefore(branch.id, cutoff);
        if (!through)
            return through.error();
        if (*through <= retention.compactedThrough(branch.id))
            continue;
        if (!BranchSnapshot(m_snapshotDir).current(branch.id.toString())) {
            if (skipped)
                *skipped << tr("Branch %1 has no snapshot: its log is kept whole.").arg(branch.code);
            continue;
        }
        const Result<Compacted> compacted = compact(branch.id, *through);
        if (!compacted)
            return compacted.error();
        done << *compacted;
    }
    return done;
}

Result<LogCompaction::Compacted> LogCompaction::compact(const BranchId &branch, qint64 throughSeq)
{
    BranchSnapshot snapshots(m_snapshotDir);
    // One maker of the branch's snapshot from read to replace, in any process: the server's
    // worker may be blanking an erased customer in it (SnapshotRemakeWorker holds the same
    // lock); folding into the file it read before would bring the customer back.
    const std::unique_ptr<QLockFile> remaking
            = BranchSnapshot::lock(snapshots.filePath(branch.toString()), QStringLiteral("remake"));
    if (!remaking)
        return Error(tr("The snapshot folder %1 cannot be written.").arg(m_snapshotDir));
    const auto current = snapshots.current(branch.toString());
    if (!current)
        return Error(tr("Branch %1 has no snapshot to fold its log into.").arg(branch.toString()));
    Compacted compacted { branch, current->asOf, current->asOf };
    if (throughSeq > current->asOf) {
        const QString copy = BranchSnapshot::scratchPath(snapshots.filePath(branch.toString()),
                                                         QStringLiteral("compacting"));
        if (!QFile::copy(snapshots.filePath(branch.toString()), copy))
            return Error(tr("The snapshot of branch %1 cannot be copied to %2.")
                                 .arg(branch.toString(), copy));
        SnapshotFold fold;
        Result<> folded = fold.open(copy);
        const QString epoch = m_store.database().epoch();
        for (qint64 cursor = current->asOf; folded && cursor < throughSeq;) {
            const Result<QList<SyncChange>> batch = m_store.changeLog().after(
                    branch, cursor, int(qMin<qint64>(kBatch, throughSeq - cursor)));
            if (!batch)
                folded = batch.error();
            else if (batch->isEmpty())
                break; // compacted before, or a gap: the snapshot is exact up to cursor
            else if ((folded = fold.apply(*batch, batch->last().seq, epoch)))
                cursor = batch->last().seq;
            compacted.through = cursor;
        }
        if (folded)
            folded = fold.finish(branch.toString());
        std::optional<BranchSnapshot::Info> made;
        if (folded) {
            made = snapshots.make(copy, branch.toString(), current->baselineId,
                                  compacted.through);
            if (!made)
                folded = Error(snapshots.errorString());
        }
        // The copy for roles without personal data, made here rather than at their first
        // request; one that fails is made by the server's worker when first asked for.
        if (made)
            WithheldSnapshot(m_snapshotDir).current(branch.toString(), *made);
        QFile::remove(copy);
        if (!folded)
            return folded.error();
    }
    // Only changes the served snapshot holds leave the log.
    if (Result<> forgotten = LogRetention(m_store.database())
                                     .forgetThrough(branch, qMin(throughSeq, compacted.through));
        !forgotten)
        return forgotten.error();
    return compacted;
}

} // namespace bd
