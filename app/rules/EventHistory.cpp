#include "app/rules/EventHistory.h"

namespace bd {

namespace {
QString firingKey(const CustomerId &customer, const QString &ruleId)
{
    return customer.toString() + QLatin1Char('|') + ruleId;
}
} // namespace

bool EventHistory::firedWithin(const CustomerId &customer, const QString &ruleId,
                               const QDateTime &from, const QDateTime &to)
{
    for (const QDateTime &at : m_firings.values(firingKey(customer, ruleId))) {
        if (at > from && at < to)
            return true;
    }
    return storedFiringWithin(customer, ruleId, from, to);
}

int EventHistory::marketingContactsSince(const CustomerId &customer, const QDateTime &since)
{
    return storedMarketingContactsSince(customer, since) + m_delivered.value(customer);
}

void EventHistory::noteFiring(const CustomerId &customer, const QString &ruleId,
                              const QDateTime &eventTime, bool deliveredMarketing)
{
    m_firings.insert(firingKey(customer, ruleId), eventTime);
    if (deliveredMarketing)
        ++m_delivered[customer];
}

} // namespace bd
