#include "app/services/opportunities/BranchRuleEditor.h"

#include "app/domain/Money.h"
#include "app/rules/RuleBook.h"
#include "app/services/core/AuditTrail.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/opportunities/MarketingRuleRepository.h"

#include <QJsonObject>
#include <QLocale>

namespace bd {

BranchRuleEditor::BranchRuleEditor(Store &store, const Session &session)
    : m_store(store)
    , m_session(session)
{
}

Result<QList<MarketingRule>> BranchRuleEditor::rules() const
{
    if (!m_session.can(Permission::ViewBranchDashboard))
        return Error(m_session.refusal(Permission::ViewBranchDashboard));
    const MarketingRuleRepository repository(m_store);
    const Result<std::optional<QByteArray>> installed = repository.installedFile();
    if (!installed)
        return installed.error();
    const Result<QList<RuleBook::ChangedRule>> changed = repository.changed();
    if (!changed)
        return changed.error();
    return RuleBook::build(*installed, *changed).rules.rules;
}

Result<MarketingRule> BranchRuleEditor::current(const QString &ruleId) const
{
    if (!m_session.can(Permission::ManageSegments))
        return Error(m_session.refusal(Permission::ManageSegments));
    const Result<QList<MarketingRule>> all = rules();
    if (!all)
        return all.error();
    for (const MarketingRule &rule : *all) {
        if (rule.id == ruleId)
            return rule;
    }
    return Error(tr("There is no rule %1.").arg(ruleId));
}

Result<MarketingRule> BranchRuleEditor::switchRule(const QString &ruleId, bool enabled)
{
    Result<MarketingRule> rule = current(ruleId);
    if (!rule)
        return rule;
    if (rule->enabled == enabled)
        return rule;
    rule->enabled = enabled;
    ++rule->version;
    if (Result<> kept = keep(*rule, {{QStringLiteral("rule"), ruleId},
                                     {QStringLiteral("enabled"), enabled}});
        !kept)
        return kept.error();
    return rule;
}

Result<MarketingRule> BranchRuleEditor::setThreshold(const QString &ruleId, const QString &path,
                                                     qint64 value)
{
    const Result<MarketingRule> rule = current(ruleId);
    if (!rule)
        return rule;
    qint64 before = 0;
    for (const RuleThreshold &threshold : RuleThresholds::of(*rule)) {
        if (threshold.path != path)
            continue;
        before = threshold.value;
        // Said in the unit the head typed (yuan, not fen) before the rule checker's own words.
        if (threshold.maximum > threshold.minimum
            && (value < threshold.minimum || value > threshold.maximum)) {
            const auto shown = [&threshold](qint64 number) {
                return threshold.money ? Money::fromFen(number).toDisplayString()
                                       : QLocale().toString(number);
            };
            return Error(tr("This value cannot be used: %1 must be from %2 to %3.")
                                 .arg(threshold.label(), shown(threshold.minimum),
                                      shown(threshold.maximum)));
        }
    }
    const Result<MarketingRule> changed = RuleThresholds::withValue(*rule, path, value);
    if (!changed)
        return Error(tr("This value cannot be used: %1").arg(changed.errorString()));
    if (Result<> kept = keep(*changed, {{QStringLiteral("rule"), ruleId},
                                        {QStringLiteral("path"), path},
                                        {QStringLiteral("from"), double(before)},
                                        {QStringLiteral("to"), double(value)}});
        !kept)
        return kept.error();
    return changed;
}

Result<> BranchRuleEditor::keep(const MarketingRule &rule, const QJsonObject &audited)
{
    Transaction transaction(m_store.database());
    if (Result<> saved = MarketingRuleRepository(m_store).save(rule, BranchId(m_session.branch.id));
        !saved)
        return saved;
    if (!AuditTrail(m_store).record(&m_session, QStringLiteral("marketing_rule_changed"),
                                    QStringLiteral("marketing_rule"), rule.id, audited))
        return Error(tr("The rule change could not be audited."));
    return transaction.commit();
}

} // namespace bd
