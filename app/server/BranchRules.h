#pragma once

#include "app/domain/Ids.h"
#include "app/rules/RuleEngine.h"

#include <QSet>

#include <map>
#include <memory>

namespace bd {

class CustomerFacts;

// Each branch's rule engine on the server, built from the branch's rule rows (its installed
// file and its branch head's changes, else the shipped rules; RuleBook) and kept until
// those rows change.
class BranchRules
{
public:
    explicit BranchRules(CustomerFacts &facts)
        : m_facts(facts)
    {
    }

    const RuleEngine &of(const BranchId &branch);
    void forget(const QSet<BranchId> &branches);

private:
    CustomerFacts &m_facts;
    std::map<BranchId, std::unique_ptr<RuleEngine>> m_engines;
};

} // namespace bd
