#include "app/rules/RuleBook.h"

#include "app/rules/RuleFile.h"

#include <QCoreApplication>
#include <QFile>

namespace bd::RuleBook {

QByteArray shippedBytes()
{
    QFile file(QStringLiteral(":/rules/shipped_rules.json"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

const RuleSet &shipped()
{
    static const RuleSet rules = [] {
        const RuleFile::Parsed parsed = RuleFile::parse(shippedBytes());
        if (!parsed.rules)
            qWarning("the shipped rule file has problems:\n%s",
                     qPrintable(RuleFile::describe(parsed.problems)));
        return parsed.rules.value_or(RuleSet());
    }();
    return rules;
}

Built build(const std::optional<QByteArray> &installed, const QList<ChangedRule> &changed)
{
    Built built;
    built.rules = shipped();
    if (installed) {
        const RuleFile::Parsed parsed = RuleFile::parse(*installed);
        if (parsed.rules)
            built.rules = *parsed.rules;
        else
            built.ignored << QCoreApplication::translate("RuleBook",
                                                         "The installed rule file has problems; "
                                                         "the shipped rules run instead:\n%1")
                                     .arg(RuleFile::describe(parsed.problems));
    }
    for (const ChangedRule &change : changed) {
        const RuleFile::ParsedRule parsed = RuleFile::parseRule(change.json);
        if (!parsed.rule || parsed.rule->id != change.ruleId) {
            built.ignored << QCoreApplication::translate("RuleBook",
                                                         "The change of rule %1 cannot be used: %2")
                                     .arg(change.ruleId,
                                          parsed.rule ? QCoreApplication::translate(
                                                                "RuleBook", "its id differs")
                                                      : RuleFile::describe(parsed.problems));
            continue;
        }
        bool replaced = false;
        for (MarketingRule &rule : built.rules.rules) {
            if (rule.id == change.ruleId) {
                rule = *parsed.rule;
                replaced = true;
            }
        }
        if (!replaced)
            built.rules.rules << *parsed.rule;
    }
    return built;
}

} // namespace bd::RuleBook
