#pragma once

#include "app/sync/SyncStep.h"

#include <QCoreApplication>
#include <QString>

namespace bd {

// Taken in a round whose pull was answered 410 (docs/SYNC_PROTOCOL.md, "Retention"): the
// server no longer holds the changes after this workstation's cursor, only the branch's
// snapshot that they were folded into. The snapshot is downloaded next to the workstation
// file and checked (size, SHA-256), its rows are taken in (SnapshotMerge: rows this
// workstation changed since `roundStartedAt` keep their values; the outbox is kept), the
// cursor moves to the snapshot's change number and the pull goes on from there.
class SnapshotRefresh : public SyncStep
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotRefresh)

public:
    SnapshotRefresh(Store &store, SyncHttpClient &server, QString roundStartedAt);

    Result<> run(SyncReport &report) override;
    qint64 chunkBytes = 32 * 1024 * 1024;

private:
    QString m_roundStartedAt;
};

} // namespace bd
