#pragma once

#include "app/domain/Result.h"
#include "database/products/OfferFacts.h"

#include <QHash>
#include <QList>

namespace bd {

class Store;

// Reads the offer engine's facts for many customers in a handful of statements (each over
// a bound JSON array of ids), so a call list of hundreds costs what a few customers do.
class OfferQueries
{
public:
    static constexpr int kArrivalDaysAhead = 60;
    static constexpr int kArrivalDaysBack = 7;
    static constexpr int kBrowseDays = 60;
    static constexpr int kHistoryDays = 365;

    explicit OfferQueries(Store &store);

    // Customers not found (or deleted) are missing from the answer. `contactPeriodStart`:
    // the first day the contact rules' cap counts marketing contacts from.
    Result<QHash<CustomerId, OfferFacts>> facts(const QList<CustomerId> &customers,
                                                const QDate &today,
                                                const QDate &contactPeriodStart) const;
    // The gate's facts of one customer; nullopt if there is no such customer.
    Result<std::optional<CustomerSuitability>> suitability(const CustomerId &customer) const;

private:
    Store &m_store;
};

} // namespace bd
