#pragma once

#include "app/domain/Result.h"
#include "app/rules/MarketingRule.h"
#include "app/rules/RuleThresholds.h"
#include "app/services/core/Session.h"

#include <QCoreApplication>
#include <QList>

namespace bd {

class Store;

// The branch head's rule editor (issue #17, docs/EVENTS.md): switches an event rule off or
// on, or changes one of its numbers (RuleThresholds). The changed rule is checked as a
// whole before it is kept (a broken value is refused with why), audited, and synced: the
// server runs it from the next event on, and every workstation of the branch gets it.
class BranchRuleEditor
{
    Q_DECLARE_TR_FUNCTIONS(BranchRuleEditor)

public:
    BranchRuleEditor(Store &store, const Session &session);

    // The branch's rules as this desk knows them: its installed rule file (none: the shipped
    // rules) with the branch head's changes in place.
    Result<QList<MarketingRule>> rules() const;
    Result<MarketingRule> switchRule(const QString &ruleId, bool enabled);
    Result<MarketingRule> setThreshold(const QString &ruleId, const QString &path, qint64 value);

private:
    Result<MarketingRule> current(const QString &ruleId) const;
    Result<> keep(const MarketingRule &rule, const QJsonObject &audited);

    Store &m_store;
    Session m_session;
};

} // namespace bd
