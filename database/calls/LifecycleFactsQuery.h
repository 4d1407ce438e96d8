#pragma once

#include "app/domain/Ids.h"
#include "app/domain/Money.h"
#include "app/domain/WorkStates.h"

#include <QDate>
#include <QString>

#include <functional>
#include <optional>

namespace bd {

class Store;

// What the lifecycle rules look at.
struct LifecycleFacts
{
    bool found = false;
    StoredLifecycleStage stage = LifecycleStage::Development; // as stored, maybe unknown
    QString reason;
    int version = 1;
    QDate openedOn;
    Money aum;
    std::optional<Money> aumSixMonthsAgo; // none: no snapshot from six months ago
    QString tier;
    QString previousTier;
    QDate tierChangedOn;
    int productFamilies = 0;
    QDate lastTransactionOn;
    QDate accountClosingOn;
};

// Reads LifecycleFacts: of one customer, or of every live customer of a manager's book or of
// the branch in one statement (a branch-wide recompute, or the demo placing its customers,
// would otherwise run one query per customer: a million at 1M).
class LifecycleFactsQuery
{
public:
    explicit LifecycleFactsQuery(Store &store);

    LifecycleFacts of(const CustomerId &customerId, const QDate &today) const;
    // managerId empty: the whole branch.
    void each(const QString &branchId, const QString &managerId, const QDate &today,
              const std::function<void(const CustomerId &customerId, const LifecycleFacts &facts)>
                      &visit) const;

private:
    Store &m_store;
};

} // namespace bd
