#pragma once

#include "app/domain/ConditionTree.h"
#include "app/rules/MarketingRule.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <optional>

namespace bd {

// Reads a rule file (docs/EVENTS.md) and checks all of it, reporting every problem with
// its place ("rules[2].when.conditions[0].value: must be a number."): a file with any
// problem is not used at all, so a broken file never replaces a working one. Free of any
// database: `branchdesk-admin rules validate`, the server and the fuzz target call it alike.
class RuleFile
{
    Q_DECLARE_TR_FUNCTIONS(RuleFile)

public:
    static constexpr qsizetype kMaxBytes = 1024 * 1024;
    static constexpr int kMaxRules = 200;
    static constexpr int kMaxDedupDays = 366;
    static constexpr int kMaxFreshHours = 24 * 366;
    static constexpr int kMaxContactHours = 24 * 30;
    static constexpr int kMaxTalkingPoints = 10;
    static constexpr int kMaxTextLength = 200;

    struct Parsed
    {
        std::optional<RuleSet> rules; // set only when there is no problem
        QList<ConditionProblem> problems;
    };
    static Parsed parse(const QByteArray &json);
    // One rule on its own (a branch's changed rule, as stored and synced).
    struct ParsedRule
    {
        std::optional<MarketingRule> rule;
        QList<ConditionProblem> problems;
    };
    static ParsedRule parseRule(const QByteArray &json);
    // Every problem, one per line.
    static QString describe(const QList<ConditionProblem> &problems);
};

} // namespace bd
