#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace bd {

class Store;

// Reads or anonymises everything stored about one customer, walking CustomerDataMap.
// No permission checks here: PersonalDataRights does them and writes the audit entry.
class CustomerDataSweep
{
public:
    explicit CustomerDataSweep(Store &store);

    // {"customer": {...}, "tables": {"interaction": [{...}, ...], ...}}: every row of the
    // customer in plain text (sensitive columns opened). Empty object if there is no such
    // customer.
    QJsonObject collect(const QString &customerId) const;

    // Anonymises the customer and blanks their personal data in every table, recording
    // each synced row's change; also scrubs pending sync payloads and conflict values that
    // still carry the old values. Call inside a Transaction. Returns how many rows changed.
    struct Outcome
    {
        bool ok = false;
        int rowsChanged = 0;
    };
    Outcome erase(const QString &customerId);

    QString errorString() const { return m_error; }

private:
    bool eraseTable(const struct CustomerDataTable &table, const QString &customerId,
                    QStringList &affectedRows, int &changed);
    bool anonymiseCustomer(const QString &customerId, const QVariantMap &before);
    bool scrubSyncRecords(const QStringList &affectedRows, const QStringList &oldValues);

    Store &m_store;
    mutable QString m_error;
};

} // namespace bd
