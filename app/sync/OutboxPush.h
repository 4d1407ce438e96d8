#pragma once

#include "app/domain/Result.h"

#include <QCoreApplication>
#include <QString>

namespace bd {

class Store;
class SyncHttpClient;
struct SyncReport;

// The first step of a round: the outbox goes to the server in batches (POST /v1/push) and
// each change is marked with what the server said of it (Outbox). A push whose answer was
// lost is sent again and answered "duplicate"; nothing is sent twice into the log.
class OutboxPush
{
    Q_DECLARE_TR_FUNCTIONS(OutboxPush)

public:
    OutboxPush(Store &store, SyncHttpClient &server, QString branchId);

    // Until the outbox is empty; counts pushed, duplicates and refused in `report`.
    Result<> run(SyncReport &report);
    int batchSize = 2000;

private:
    Store &m_store;
    SyncHttpClient &m_server;
    QString m_branchId;
};

} // namespace bd
