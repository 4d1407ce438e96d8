#pragma once

// Rule files and desk events the tests of issue #17 make again and again: a branch's own
// file (the shipped one with some rules left out), the same file with two problems, and a
// potential VIP's walk-in at the lobby.
#include "app/rules/MarketingEvent.h"
#include "app/rules/RuleBook.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace bd::test {

// The shipped rule file without the rules named in `leftOut`.
inline QJsonObject shippedRulesWithout(const QStringList &leftOut)
{
    QJsonObject file = QJsonDocument::fromJson(RuleBook::shippedBytes()).object();
    QJsonArray rules;
    for (const QJsonValue rule : file.value(QStringLiteral("rules")).toArray()) {
        if (!leftOut.contains(rule.toObject().value(QStringLiteral("id")).toString()))
            rules.append(rule);
    }
    file.insert(QStringLiteral("rules"), rules);
    return file;
}

// `file` with two problems: its first rule of no event kind ("nothing", at rules[0].event),
// its second without an id (rules[1].id).
inline QJsonObject withTwoProblems(QJsonObject file)
{
    QJsonArray rules = file.value(QStringLiteral("rules")).toArray();
    QJsonObject noKind = rules.at(0).toObject();
    noKind.insert(QStringLiteral("event"), QStringLiteral("nothing"));
    rules.replace(0, noKind);
    QJsonObject noId = rules.at(1).toObject();
    noId.remove(QStringLiteral("id"));
    rules.replace(1, noId);
    file.insert(QStringLiteral("rules"), rules);
    return file;
}

// A potential VIP walked in (what the lobby desk raises; shipped rule walk_in_potential_vip).
inline MarketingEvent potentialVipWalkIn(const QString &customer, const QDateTime &at)
{
    MarketingEvent event;
    event.kind = EventKind::WalkIn;
    event.customerId = CustomerId(customer);
    event.occurredAt = at;
    event.valueClass = QStringLiteral("potential_vip");
    return event;
}

} // namespace bd::test
