#pragma once

#include "app/domain/HouseholdIds.h"
#include "app/domain/Money.h"
#include "app/domain/Result.h"

#include <QList>
#include <QString>

namespace bd {

class Store;

// Two customers of the branch who may be one family: they share an address or a mobile.
struct HouseholdSuggestion
{
    CustomerId customerId;
    QString customerName; // forBranch() only
    CustomerId otherId;
    QString otherName;
    QString otherCif;
    QString otherTier;
    Money otherAum;
    HouseholdId otherHousehold; // the other is already in a household: join it
    bool sameAddress = false;
    bool sameMobile = false;
};

// Suggested household links, found by comparing the blind keys of the search index
// (keyed hashes of the whole mobile number and of the normalised address,
// CustomerSearchIndex): no address or number is opened or compared in clear. Pairs already
// in one household, and pairs a person dismissed, are left out; so is a key shared by more
// than kMaxSharing customers (an office, a dormitory, a shop's phone).
class HouseholdSuggestions
{
public:
    static constexpr int kMaxSharing = 6;

    explicit HouseholdSuggestions(Store &store);

    Result<QList<HouseholdSuggestion>> forCustomer(const CustomerId &customer,
                                                   const BranchId &branch) const;
    // The branch's suggestions, both keys shared first, at most `limit`.
    Result<QList<HouseholdSuggestion>> forBranch(const BranchId &branch, int limit) const;

private:
    Store &m_store;
};

} // namespace bd
