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
    QString errorString() const { return m_error; }

    // Changes waiting to be sent (not yet accepted, and not refused by the server).
    static int pendingCount(Store &store);

private:
    bool record(const QString &table, const QString &rowId, const QString &op,
                const QVariantMap &fields, int baseVersion);

    Store &m_store;
    QString m_error;
};

} // namespace bd
