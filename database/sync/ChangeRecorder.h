#pragma once

#include <QString>
#include <QVariantMap>

namespace bd {

class Store;

// Captures a local change for sync, inside the caller's open transaction, so that no
// write reaches the table without reaching the outbox too.
class ChangeRecorder
{
public:
    explicit ChangeRecorder(Store &store);

    bool recordUpsert(const QString &table, const QString &rowId, const QVariantMap &fields,
                      int baseVersion);
    bool recordDelete(const QString &table, const QString &rowId, int baseVersion);
    // A full copy of one row of a customer who moves to `toBranch`: the server files it in
    // that branch's log (docs/SYNC_PROTOCOL.md, "Moving a customer"). No field clock is
    // kept here: the row leaves this workstation with the customer.
    bool recordTransferCopy(const QString &table, const QString &rowId, const QVariantMap &fields,
                            const QString &toBranch, const QString &customerId);
    QString errorString() const { return m_error; }

    // Changes waiting to be sent (not yet accepted, and not refused by the server).
    static int pendingCount(Store &store);

private:
    struct Route
    {
        QString toBranch;
        QString customerId;
    };
    bool record(const QString &table, const QString &rowId, const QString &op,
                const QVariantMap &fields, int baseVersion, const Route &route = {});

    Store &m_store;
    QString m_error;
};

} // namespace bd
