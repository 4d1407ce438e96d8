#pragma once

#include "app/sync/SyncStep.h"

#include <QCoreApplication>

namespace bd {

// A step of a round: this workstation's audit chain goes up in order after the last entry
// the server acknowledged (POST /v1/audit), and never comes down to other workstations. An
// entry the server refuses stays here and is reported; the round goes on.
class AuditUpload : public SyncStep
{
    Q_DECLARE_TR_FUNCTIONS(AuditUpload)

public:
    AuditUpload(Store &store, SyncHttpClient &server);

    // Counts the entries the server took, and the refusal if any, in `report`.
    Result<> run(SyncReport &report) override;
    int batchSize = 2000;

};

} // namespace bd
