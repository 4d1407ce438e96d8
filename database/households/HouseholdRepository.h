#pragma once

#include "app/domain/HouseholdIds.h"
#include "app/domain/Result.h"

#include <QString>

#include <optional>

namespace bd {

class Store;

// A customer's row in household_member: the household they are in (none once unlinked)
// and their relation to its head.
struct HouseholdMembership
{
    CustomerId customerId;
    HouseholdId householdId; // empty: not in a household
    QString relation;        // HouseholdRelation code: head, spouse, parent, ...
    int version = 0;         // 0: the customer was never linked (no row yet)
};

// The writes of households (tables household, household_member, household_dismissal), each
// row change recorded for sync inside the caller's Transaction. Keeps two rules whatever
// the caller: a household has exactly one head, and a household of fewer than two members
// dissolves (its last member is unlinked and the household removed).
class HouseholdRepository
{
public:
    explicit HouseholdRepository(Store &store);

    Result<HouseholdMembership> membership(const CustomerId &customer) const;

    // A new household of `branch` with `head` as its head (who must not be in one).
    Result<HouseholdId> create(const BranchId &branch, const CustomerId &head,
                               const StaffId &by);
    // Puts the customer (in no household) into `household` with `relation` to the head.
    Result<> join(const HouseholdId &household, const CustomerId &customer,
                  const QString &relation, const StaffId &by);
    Result<> setRelation(const CustomerId &customer, const QString &relation);
    // `customer` becomes head; the former head takes `formerHeadRelation`.
    Result<> makeHead(const CustomerId &customer, const QString &formerHeadRelation);
    // The customer leaves their household (nothing to do if in none): a head who leaves
    // hands over to the member with the largest AUM; a household left with one member
    // dissolves. The household that was left, if any.
    Result<HouseholdId> leave(const CustomerId &customer);

    // A suggested link a person turned down.
    Result<> dismiss(const CustomerId &a, const CustomerId &b, const StaffId &by);

private:
    // The customer's membership, or an error saying they are already in a household.
    Result<HouseholdMembership> membershipOutsideHouseholds(const CustomerId &customer) const;
    // The customer's membership, or an error saying they are not in a household.
    Result<HouseholdMembership> membershipInAHousehold(const CustomerId &customer) const;
    Result<> writeMembership(const CustomerId &customer, const HouseholdId &household,
                             const QString &relation, const StaffId &by, int baseVersion);
    Result<> removeHousehold(const HouseholdId &household);
    Result<QList<HouseholdMembership>> members(const HouseholdId &household) const;

    Store &m_store;
};

} // namespace bd
