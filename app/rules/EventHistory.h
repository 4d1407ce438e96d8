#pragma once

#include "app/domain/Ids.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace bd {

// What the rules need to know of the past, asked by RuleEngine of whoever keeps it: the
// server over its event store and opportunity record (EventLedger), the workstation over
// its own tables. Implementations also remember the firings of the evaluation in progress,
// so a batch never fires one rule twice for one customer.
class EventHistory
{
public:
    virtual ~EventHistory() = default;

    // When this customer's events with the same window key (MarketingEvent::windowKey)
    // happened within [from, to], the event being evaluated included.
    virtual QList<QDateTime> eventTimes(const CustomerId &customer, const QString &windowKey,
                                        const QDateTime &from, const QDateTime &to) = 0;
    // The time of the event that last made an opportunity of this rule for this customer
    // (delivered or held back); empty if none.
    virtual std::optional<QDateTime> lastFiring(const CustomerId &customer,
                                                const QString &ruleId) = 0;
    // Marketing contacts made and marketing opportunities delivered and still open, since.
    virtual int marketingContactsSince(const CustomerId &customer, const QDateTime &since) = 0;
    // An opportunity was just made: later questions in this evaluation take it into account.
    virtual void noteFiring(const CustomerId &customer, const QString &ruleId,
                            const QDateTime &eventTime, bool deliveredMarketing) = 0;
};

} // namespace bd
