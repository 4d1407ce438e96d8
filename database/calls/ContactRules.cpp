#include "database/calls/ContactRules.h"

#include "database/core/Store.h"

namespace bd {

namespace {
const QString kConsent = QStringLiteral("contact.require_marketing_consent");
const QString kMax = QStringLiteral("contact.max_marketing_contacts");
const QString kPeriod = QStringLiteral("contact.period_days");
const QString kQuietFrom = QStringLiteral("contact.quiet_from");
const QString kQuietUntil = QStringLiteral("contact.quiet_until");
const QString kTimeFormat = QStringLiteral("HH:mm");
} // namespace

ContactRules ContactRules::load(const Store &store)
{
    ContactRules rules;
    rules.requireMarketingConsent = store.setting(kConsent, QStringLiteral("1")) != QLatin1String("0");
    bool ok = false;
    const int max = store.setting(kMax).toInt(&ok);
    if (ok && max >= 0)
        rules.maxMarketingContacts = max;
    const int days = store.setting(kPeriod).toInt(&ok);
    if (ok && days > 0)
        rules.periodDays = days;
    const QTime from = QTime::fromString(store.setting(kQuietFrom), kTimeFormat);
    const QTime until = QTime::fromString(store.setting(kQuietUntil), kTimeFormat);
    if (from.isValid() && until.isValid()) {
        rules.quietFrom = from;
        rules.quietUntil = until;
    }
    return rules;
}

bool ContactRules::save(Store &store) const
{
    return store.setSetting(kConsent, requireMarketingConsent ? QStringLiteral("1") : QStringLiteral("0"))
            && store.setSetting(kMax, QString::number(maxMarketingContacts))
            && store.setSetting(kPeriod, QString::number(periodDays))
            && store.setSetting(kQuietFrom, quietFrom.toString(kTimeFormat))
            && store.setSetting(kQuietUntil, quietUntil.toString(kTimeFormat));
}

bool ContactRules::isValid() const
{
    return maxMarketingContacts >= 0 && periodDays > 0 && periodDays <= 366
            && quietFrom.isValid() && quietUntil.isValid();
}

} // namespace bd
