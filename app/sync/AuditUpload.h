#pragma once

#include "app/sync/SyncStep.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace bd {

class SyncState;

// A step of a round: this workstation's audit chain goes up in order after the last entry
// the server acknowledged (POST /v1/audit), and never comes down to other workstations. An
// entry the server refuses stays here and is reported, and noted for the sync status; the
// round exchanges its changes and then reports failure (SyncEngine).
class AuditUpload : public SyncStep
{
    Q_DECLARE_TR_FUNCTIONS(AuditUpload)

public:
    AuditUpload(Store &store, SyncHttpClient &server);

    // Counts the entries the server took, and the refusal if any, in `report`.
    Result<> run(SyncReport &report) override;
    int batchSize = 2000;

private:
    Result<> upload(SyncState &state, SyncReport &report);
    // Keeps the checkpoint the server signed for this chain (docs/SECURITY.md §8.2), after
    // checking its signature with the server's key as first seen.
    Result<> keepCheckpoint(SyncState &state, const QJsonObject &answer);
};

} // namespace bd
