#pragma once

#include "app/domain/Ids.h"
#include "app/domain/Result.h"
#include "app/rules/MarketingRule.h"
#include "app/rules/RuleBook.h"

#include <QList>

#include <optional>

namespace bd {

class Store;

// The branch head's changes of the event rules on the desk (table marketing_rule, desk
// migration 0031): one row per changed rule, the whole rule, synced to the server (which
// runs it from the next event on) and to the branch's other workstations; and the branch's
// installed rule file (table marketing_rule_set, 0032: one row per branch, its id the
// branch's, the whole file), synced the same way.
class MarketingRuleRepository
{
public:
    explicit MarketingRuleRepository(Store &store);

    // The changed rules as RuleBook takes them.
    Result<QList<RuleBook::ChangedRule>> changed() const;
    // Writes the rule in place of its earlier change, with its change for sync. Call inside
    // a transaction.
    Result<> save(const MarketingRule &rule, const BranchId &branch);
    // The installed rule file, if any (as the server picks it: the last live row by id).
    Result<std::optional<QByteArray>> installedFile() const;
    // Writes `definition` as the branch's rule file in place of the one installed, with its
    // change for sync. The caller has checked that it reads. Call inside a transaction.
    Result<> saveFile(const BranchId &branch, const QByteArray &definition);

    struct Withdrawn
    {
        int files = 0; // installed rule files
        int rules = 0; // the head's changed rules
    };
    // Deletes every live installed file and changed rule this desk holds, each with its
    // delete for sync: RuleBook then builds the shipped rules, here, on the server and on
    // every desk of the branch. Call inside a transaction.
    Result<Withdrawn> withdrawAll();

private:
    Result<int> storedVersion(const QString &table, const QString &id) const;

    Store &m_store;
};

} // namespace bd
