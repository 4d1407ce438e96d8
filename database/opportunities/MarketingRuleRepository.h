#pragma once

#include "app/domain/Ids.h"
#include "app/domain/Result.h"
#include "app/rules/MarketingRule.h"
#include "app/rules/RuleBook.h"

#include <QList>

namespace bd {

class Store;

// The branch head's changes of the event rules on the desk (table marketing_rule, desk
// migration 0031): one row per changed rule, the whole rule, synced to the server (which
// runs it from the next event on) and to the branch's other workstations.
class MarketingRuleRepository
{
public:
    explicit MarketingRuleRepository(Store &store);

    // The changed rules as RuleBook takes them.
    Result<QList<RuleBook::ChangedRule>> changed() const;
    // Writes the rule in place of its earlier change, with its change for sync. Call inside
    // a transaction.
    Result<> save(const MarketingRule &rule, const BranchId &branch);

private:
    Store &m_store;
};

} // namespace bd
