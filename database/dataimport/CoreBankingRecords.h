#pragma once

#include "app/domain/Ids.h"
#include "app/domain/Result.h"

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
    // Returns the new id.
    Result<QString> insertCustomer(const QVariantMap &columns);
    Result<QString> insertHolding(const QVariantMap &columns);

    CustomerId customerIdByCif(const QString &cifNo) const; // empty: none
    bool holdingExists(const CustomerId &customer, const QString &productCode,
                       const QString &openedOn) const;
    QString staffIdByUsername(const QString &username) const;

private:
    Result<QString> insert(const QString &table, QVariantMap columns, bool withCreatedAt);

    Store &m_store;
};

} // namespace bd
