#pragma once

#include "app/domain/HouseholdIds.h"
#include "app/domain/Money.h"
#include "app/domain/Result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace bd {

class Store;

// One member of a household as the 360 shows them: name and CIF (no personal numbers).
struct HouseholdMemberRow
{
    CustomerId customerId;
    QString name;
    QString cifNo;
    QString relation; // HouseholdRelation code
    QString tier;     // CustomerTier code
    Money aum;
    QDate linkedOn;
};

struct HouseholdRow
{
    HouseholdId id;
    QList<HouseholdMemberRow> members; // the head first, then by AUM

    Money aum() const;
    const HouseholdMemberRow *head() const;
};

// A customer's household in figures: its AUM and size. A customer in no household is a
// household of one (their own AUM).
struct HouseholdTotals
{
    HouseholdId id; // empty: in no household
    int members = 1;
    Money aum;
};

class HouseholdQueries
{
public:
    explicit HouseholdQueries(Store &store);

    // The household the customer is in, or none.
    Result<std::optional<HouseholdRow>> ofCustomer(const CustomerId &customer) const;
    // The totals of many customers' households in one statement (offers, rankings).
    Result<QHash<CustomerId, HouseholdTotals>> totals(const QList<CustomerId> &customers) const;

private:
    Store &m_store;
};

} // namespace bd
