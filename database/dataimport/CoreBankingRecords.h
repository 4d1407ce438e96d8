#pragma once

#include <QString>
#include <QVariantMap>

namespace bd {

class Store;

// Inserts customers and holdings as they come from core banking, each with its sync change
// (and, for customers, the search index), inside the caller's Transaction. Sensitive
// columns go through SensitiveColumns::seal().
class CoreBankingRecords
{
public:
    explicit CoreBankingRecords(Store &store);

    // columns: customer columns by name (plain values); id and timestamps are made here.
    // Returns the new id, empty on failure.
    QString insertCustomer(const QVariantMap &columns);
    QString insertHolding(const QVariantMap &columns);

    QString customerIdByCif(const QString &cifNo) const; // empty: none
    bool holdingExists(const QString &customerId, const QString &productCode,
                       const QString &openedOn) const;
    QString staffIdByUsername(const QString &username) const;

    QString errorString() const { return m_error; }

private:
    QString insert(const QString &table, QVariantMap columns, bool withCreatedAt);

    Store &m_store;
    mutable QString m_error;
};

} // namespace bd
