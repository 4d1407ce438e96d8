#pragma once

#include "app/domain/ConditionTree.h"
#include "app/rules/MarketingRule.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace bd {

// The rules a branch runs: its installed rule file (none installed: the shipped one,
// resources/rules/shipped_rules.json), with the rules its branch head changed from the
// workstation put in place of the file's. Server and workstation build it from the same
// synced rows (marketing_rule_set, marketing_rule), so both run the same rules.
namespace RuleBook {
// The rules BranchDesk ships with (compiled in); checked by tst_rule_file.
const RuleSet &shipped();
QByteArray shippedBytes();

struct ChangedRule
{
    QString ruleId;
    QByteArray json; // the whole rule, as RuleFile::parseRule reads it
};
struct Built
{
    RuleSet rules;
    // Stored rows that could not be used (with why): the rules they would have replaced
    // stay as they were.
    QStringList ignored;
};
// `installed`: the branch's rule file, if one was installed; `changed`: its branch head's
// changes. A changed rule replaces the file's rule of its id; one of an id the file does
// not have is added.
Built build(const std::optional<QByteArray> &installed, const QList<ChangedRule> &changed);
} // namespace RuleBook

} // namespace bd
