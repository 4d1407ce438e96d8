#pragma once

#include "app/domain/Money.h"
#include "app/domain/Ids.h"
#include "app/domain/WorkStates.h"
#include "app/domain/Result.h"
#include "app/rules/LocalText.h"
#include "app/rules/Opportunity.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace bd {

class Store;

// An opportunity as the branch head reads it (issue #17): the branch pool, the complaints
// that are the head's own, and those the contact rules held back or the quiet hours delay.
struct BranchOpportunity
{
    OpportunityId id;
    CustomerId customerId;
    QString customerName;
    QString ruleId;
    LocalText title;      // the rule's own wording
    QString purpose;      // marketing | care | service
    QString reason;       // in the reader's language (OpportunityReason)
    QString assignedRole; // manager | branch_head | pool
    // Open or held (the lists read no other); empty: a state this build does not know.
    std::optional<OpportunityStatus> status;
    QStringList heldReasons; // no_consent, do_not_contact, frequency_cap, no_manager
    QDateTime createdAt;
    QDateTime deadline;     // invalid: none
    QDateTime contactAfter; // the end of the quiet hours it arrived in; invalid: none
    QDateTime escalatedAt;  // when it was escalated past its deadline; invalid: not escalated
    QString assigneeName;   // the staff member it is assigned to; empty: nobody yet
};

// What one rule did at this branch since a day (the per-rule dashboard), from the
// opportunities the desk holds. New AUM: what the customers bought through the suitability
// gate (product_sale) within 30 days after the contact.
struct RuleFigures
{
    QString ruleId;
    LocalText title;
    int fired = 0;
    int heldBack = 0;
    QMap<QString, int> heldWhy; // held reason code -> opportunities
    int delivered = 0;
    int contactedInTime = 0; // contacted no later than the deadline
    int interested = 0;      // interested or converted
    int converted = 0;
    Money newAum;
};

// The opportunities table as the branch head reads it; rows arrive through sync.
class BranchOpportunityQueries
{
public:
    explicit BranchOpportunityQueries(Store &store);

    // Open ones for the branch pool (customers without a manager), oldest first.
    Result<QList<BranchOpportunity>> pool() const;
    // Open ones for the branch head (service recovery after a complaint), by deadline.
    Result<QList<BranchOpportunity>> forBranchHead() const;
    // Held back by the contact rules, and open ones whose contact waits for the end of the
    // quiet hours at `now`; newest first.
    Result<QList<BranchOpportunity>> heldOrWaiting(const QDateTime &now) const;
    // Open ones escalated past their deadline, whoever holds them; longest overdue first.
    Result<QList<BranchOpportunity>> escalated() const;
    // Per rule, the opportunities made since `from` (UTC).
    Result<QList<RuleFigures>> perRule(const QDateTime &from) const;

    static constexpr int kNewAumDays = 30;

private:
    Result<QList<BranchOpportunity>> read(const QString &where, const QString &order,
                                          const QVariantList &values) const;

    Store &m_store;
};

} // namespace bd
