#include "app/server/BranchRules.h"

#include "app/rules/EventLogging.h"
#include "app/rules/RuleBook.h"
#include "app/server/CustomerFacts.h"

namespace bd {

const RuleEngine &BranchRules::of(const BranchId &branch)
{
    auto found = m_engines.find(branch);
    if (found != m_engines.end())
        return *found->second;
    QList<RuleBook::ChangedRule> changed;
    std::optional<QByteArray> installed;
    const Result<CustomerFacts::RuleRows> rows = m_facts.ruleRows(branch);
    if (rows) {
        installed = rows->installed;
        for (const auto &[id, json] : rows->changed)
            changed.append({id, json});
    } else {
        qCWarning(lcEvents) << "the rules of branch" << branch.toString()
                          << "could not be read; the shipped rules run:" << rows.errorString();
    }
    const RuleBook::Built built = RuleBook::build(installed, changed);
    for (const QString &ignored : built.ignored)
        qCWarning(lcEvents).noquote() << "branch" << branch.toString() << ":" << ignored;
    return *m_engines.emplace(branch, std::make_unique<RuleEngine>(built.rules)).first->second;
}

void BranchRules::forget(const QSet<BranchId> &branches)
{
    for (const BranchId &branch : branches)
        m_engines.erase(branch);
}

} // namespace bd
