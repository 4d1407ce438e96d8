#pragma once

#include "app/domain/ConditionTree.h"
#include "app/rules/ContactGate.h"
#include "app/rules/EventKinds.h"
#include "app/rules/LocalText.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace bd {

// The opportunity a rule makes when it fires: what to talk about, which products, how
// urgent, and the service level (contact within so many hours).
struct OpportunitySpec
{
    QString kind; // OpportunityTerms::kinds()
    QString productFamily;
    int priority = 2; // 1 high, 2 normal, 3 low
    int contactWithinHours = 24;
    LocalTextList talkingPoints;

    QJsonObject toJson() const;
};

// One rule of a rule file (docs/EVENTS.md): the event it reacts to and the conditions on
// it, the customers it is for (the segment conditions on the customer's profile), the
// opportunity it makes and for whom, and how long it stays quiet for a customer after firing.
struct MarketingRule
{
    QString id;
    int version = 1;
    bool enabled = true;
    LocalText title;
    ContactPurpose purpose = ContactPurpose::Marketing;
    EventKind event = EventKind::Transaction;
    std::optional<SegmentNode> when;      // on the event (RuleFields); none: every event
    std::optional<SegmentNode> customers; // on the customer (SegmentFields); none: everyone
    OpportunitySpec opportunity;
    QString recipient = QStringLiteral("manager_else_pool"); // OpportunityTerms::recipients()
    int dedupDays = 7;
    int freshHours = 72; // an event older than this on arrival makes no opportunity

    QJsonObject toJson() const; // as in a rule file; RuleFile reads it back
};

// A whole rule file: its format and version, the contact rules, the rules.
struct RuleSet
{
    static constexpr int kFormat = 1;
    int version = 1;
    QString description;
    ContactSettings contact;
    QList<MarketingRule> rules;

    const MarketingRule *find(const QString &id) const;
    QJsonObject toJson() const;
    QByteArray toBytes() const; // indented JSON, as written to a file
};

} // namespace bd
