#pragma once

#include "app/domain/Ids.h"
#include "app/domain/Result.h"
#include "app/rules/MarketingRule.h"

#include <QSet>

namespace bd {

class Store;

// One opportunity per customer, rule and de-duplication window, whichever desk raised it
// (issue #17, docs/EVENTS.md "One opportunity per window, wherever it was raised"). Two
// desks that evaluated before either synced each made one; every copy that holds both
// closes the same one the same way, so the copies agree without any desk being online:
// of a customer's live opportunities of one rule, ordered by when their events happened
// (then by id), one whose event happened within the rule's dedup_days after an earlier
// one's is a duplicate. It is closed (status dismissed, merged_into = the first of its
// chain, the one that stays) and what was done on it moves to the one that stays: the
// first sight and the contact, where that one has none yet. The teller's counter business
// that core banking reports too (same customer, amount and direction, within 30 minutes)
// is one transaction: the desk's opportunity is merged into the server's. A pure function
// of the rows, so a copy that sees them in another order, or later, comes to the same
// result, and a change it sends says what the others write themselves.
class OpportunityMerge
{
public:
    // `record`: the writes also go to the outbox, as follow-through (a role the server
    // takes opportunity changes from); otherwise they are made here only.
    OpportunityMerge(Store &store, bool record);

    // Settles the live opportunities of these customers, in the caller's transaction; how
    // many were closed as merged. The rules' windows as the synced rows build them, or
    // `rules` when the caller holds them already.
    Result<int> settle(const QSet<CustomerId> &customers);
    Result<int> settle(const QSet<CustomerId> &customers, const RuleSet &rules);

private:
    Store &m_store;
    bool m_record;
};

} // namespace bd
