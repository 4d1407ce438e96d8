#pragma once

#include "app/rules/CustomerProfile.h"
#include "app/rules/EventHistory.h"
#include "app/rules/MarketingEvent.h"
#include "app/rules/MarketingRule.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace bd {

// What one rule made of one event.
struct RuleOutcome
{
    enum class Verdict {
        Delivered, // an opportunity for its recipient
        HeldBack,  // an opportunity only the branch head sees, with the reasons
        Duplicate, // the rule fired for this customer within its de-duplication window
        Stale,     // the event is older than the rule's fresh_hours on arrival
    };
    MarketingRule rule;
    Verdict verdict = Verdict::Delivered;
    QStringList heldReasons;   // ContactGate codes, or no_manager
    QDateTime contactAfter;    // quiet hours: not before this (null: at once)
    StaffId assignee;          // the manager, when it goes to one
    QString assignedRole;      // manager | pool | branch_head
    QJsonObject facts;         // what fired it, for the reason staff read (OpportunityReason)

    bool makesOpportunity() const
    {
        return verdict == Verdict::Delivered || verdict == Verdict::HeldBack;
    }
};

// The one rule engine of BranchDesk: the server runs it on the events core banking sends,
// the workstation on the events of its own desk. Pure: the facts come in (the customer's
// profile, the past through EventHistory, the time), outcomes come out; the caller stores
// them. Rules that are switched off, for another kind of event, for other customers or
// whose conditions do not hold produce no outcome at all.
class RuleEngine
{
public:
    explicit RuleEngine(RuleSet rules);

    const RuleSet &rules() const { return m_rules; }
    bool reactsTo(EventKind kind) const;

    QList<RuleOutcome> evaluate(const MarketingEvent &event, const CustomerProfile &customer,
                                EventHistory &history, const QDateTime &now) const;

private:
    RuleSet m_rules;
};

} // namespace bd
