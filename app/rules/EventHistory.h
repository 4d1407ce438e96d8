#pragma once

#include "app/domain/Ids.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMultiHash>
#include <QString>


namespace bd {

// What the rules need to know of the past, asked by RuleEngine of whoever keeps it: the
// server over its event store and opportunity record (EventLedger), the workstation over
// its own tables. The firings of the evaluation in progress are remembered here, once for
// every keeper, so a batch never fires one rule twice for one customer; the keepers answer
// only for what they have stored.
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
    // on both sides, since events may arrive out of order. Noted in this evaluation or stored.
    bool firedWithin(const CustomerId &customer, const QString &ruleId, const QDateTime &from,
                     const QDateTime &to);
    // Marketing contacts made and marketing opportunities delivered and still open, since:
    // those stored and those delivered in this evaluation.
    int marketingContactsSince(const CustomerId &customer, const QDateTime &since);
    // An opportunity was just made: later questions in this evaluation take it into account.
    void noteFiring(const CustomerId &customer, const QString &ruleId,
                    const QDateTime &eventTime, bool deliveredMarketing);

protected:
    // firedWithin and marketingContactsSince, for what the keeper has stored only.
    virtual bool storedFiringWithin(const CustomerId &customer, const QString &ruleId,
                                    const QDateTime &from, const QDateTime &to) = 0;
    virtual int storedMarketingContactsSince(const CustomerId &customer,
                                             const QDateTime &since) = 0;

private:
    QMultiHash<QString, QDateTime> m_firings; // customer|rule -> event time
    QHash<CustomerId, int> m_delivered;
};

} // namespace bd
