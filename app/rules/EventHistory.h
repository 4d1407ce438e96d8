#pragma once

#include "app/domain/Ids.h"

#include <QDateTime>
#include <QList>
#include <QString>


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
    // Whether this rule made an opportunity (delivered or held back) for this customer from
    // an event that happened within (from, to): the de-duplication window around an event,
    // on both sides, since events may arrive out of order.
    virtual bool firedWithin(const CustomerId &customer, const QString &ruleId,
                             const QDateTime &from, const QDateTime &to) = 0;
    // Marketing contacts made and marketing opportunities delivered and still open, since.
    virtual int marketingContactsSince(const CustomerId &customer, const QDateTime &since) = 0;
    // An opportunity was just made: later questions in this evaluation take it into account.
    virtual void noteFiring(const CustomerId &customer, const QString &ruleId,
                            const QDateTime &eventTime, bool deliveredMarketing) = 0;
};

} // namespace bd
