#pragma once

// An EventHistory in memory, for tests of the rule engine: the events and firings it was
// told of, and a number of marketing contacts per customer.
#include "app/rules/EventHistory.h"

#include <QHash>
#include <QMultiHash>

namespace bd::test {

class FakeEventHistory : public EventHistory
{
public:
    void addEvent(const CustomerId &customer, const QString &windowKey, const QDateTime &at)
    {
        m_events.insert(customer.toString() + QLatin1Char('|') + windowKey, at);
    }
    void setContacts(const CustomerId &customer, int contacts) { m_contacts[customer] = contacts; }

    QList<QDateTime> eventTimes(const CustomerId &customer, const QString &windowKey,
                                const QDateTime &from, const QDateTime &to) override
    {
        QList<QDateTime> times;
        for (const QDateTime &at : m_events.values(customer.toString() + QLatin1Char('|') + windowKey)) {
            if (at >= from && at <= to)
                times << at;
        }
        return times;
    }
    bool firedWithin(const CustomerId &customer, const QString &ruleId, const QDateTime &from,
                     const QDateTime &to) override
    {
        for (const QDateTime &at : m_firings.values(customer.toString() + QLatin1Char('|') + ruleId)) {
            if (at > from && at < to)
                return true;
        }
        return false;
    }
    int marketingContactsSince(const CustomerId &customer, const QDateTime &) override
    {
        return m_contacts.value(customer);
    }
    void noteFiring(const CustomerId &customer, const QString &ruleId, const QDateTime &eventTime,
                    bool deliveredMarketing) override
    {
        m_firings.insert(customer.toString() + QLatin1Char('|') + ruleId, eventTime);
        if (deliveredMarketing)
            ++m_contacts[customer];
    }

private:
    QMultiHash<QString, QDateTime> m_events;
    QMultiHash<QString, QDateTime> m_firings;
    QHash<CustomerId, int> m_contacts;
};

} // namespace bd::test
