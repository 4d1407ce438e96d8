#pragma once

#include "app/sync/SyncStep.h"

#include <QCoreApplication>
#include <QString>

namespace bd {

// The first step of a round: the outbox goes to the server in batches (POST /v1/push) and
// each change is marked with what the server said of it (Outbox). A push whose answer was
// lost is sent again and answered "duplicate"; nothing is sent twice into the log.
class OutboxPush : public SyncStep
{
    Q_DECLARE_TR_FUNCTIONS(OutboxPush)

public:
    OutboxPush(Store &store, SyncHttpClient &server, QString branchId);

    // Until the outbox is empty; counts pushed, duplicates and refused in `report`.
    Result<> run(SyncReport &report) override;
    int batchSize = 2000;

private:
    QString m_branchId;
};

} // namespace bd
