#pragma once

#include "app/domain/Ids.h"
#include "app/domain/Result.h"

#include <QSqlQuery>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace bd {

class Store;

// Captures a local change for sync, inside the caller's open transaction, so that no
// write reaches the table without reaching the outbox too. A recorder kept for many changes
// (a call list's tasks) prepares its statements once: preparing them for every change made
// a 20,000-task hand-out take seconds. Keep it on one thread and within one connection.
class ChangeRecorder
{
public:
    explicit ChangeRecorder(Store &store);

    Result<> recordUpsert(const QString &table, const QString &rowId, const QVariantMap &fields,
                          int baseVersion);
    Result<> recordDelete(const QString &table, const QString &rowId, int baseVersion);
    // A full copy of one row of a customer who moves to `toBranch`: the server files it in
    // that branch's log (docs/SYNC_PROTOCOL.md, "Moving a customer"). No field clock is
    // kept here: the row leaves this workstation with the customer.
    Result<> recordTransferCopy(const QString &table, const QString &rowId,
                                const QVariantMap &fields, const QString &toBranch,
                                const CustomerId &customerId);

    // Changes waiting to be sent (not yet accepted, and not refused by the server).
    static int pendingCount(Store &store);

private:
    struct Route
    {
        QString toBranch;
        CustomerId customerId;
    };
    Result<> record(const QString &table, const QString &rowId, const QString &op,
                    const QVariantMap &fields, int baseVersion, const Route &route = {});
    QSqlQuery &prepared(std::optional<QSqlQuery> &kept, const QString &sql);

    Store &m_store;
    // Prepared on first use, then re-bound.
    std::optional<QSqlQuery> m_outbox;
    std::optional<QSqlQuery> m_heldClock;
    std::optional<QSqlQuery> m_fieldClock;
};

} // namespace bd
