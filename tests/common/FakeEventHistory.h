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

protected:
    // Nothing stored: only the firings of the evaluation (EventHistory remembers them).
    bool storedFiringWithin(const CustomerId &, const QString &, const QDateTime &,
                            const QDateTime &) override
    {
        return false;
    }
    int storedMarketingContactsSince(const CustomerId &customer, const QDateTime &) override
    {
        return m_contacts.value(customer);
    }

private:
    QMultiHash<QString, QDateTime> m_events;
    QHash<CustomerId, int> m_contacts;
};

} // namespace bd::test
