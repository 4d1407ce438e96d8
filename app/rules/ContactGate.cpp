#include "app/rules/ContactGate.h"

#include <QTimeZone>

namespace bd {

namespace ContactPurposes {
QString code(ContactPurpose purpose)
{
    switch (purpose) {
    case ContactPurpose::Marketing: return QStringLiteral("marketing");
    case ContactPurpose::Care: return QStringLiteral("care");
    case ContactPurpose::Service: return QStringLiteral("service");
    }
    return {};
}

std::optional<ContactPurpose> fromCode(const QString &text)
{
    for (ContactPurpose purpose :
         {ContactPurpose::Marketing, ContactPurpose::Care, ContactPurpose::Service}) {
        if (code(purpose) == text)
            return purpose;
    }
    return std::nullopt;
}
} // namespace ContactPurposes

QJsonObject ContactSettings::toJson() const
{
    const QString format = QStringLiteral("HH:mm");
    return {{QStringLiteral("require_marketing_consent"), requireMarketingConsent},
            {QStringLiteral("max_marketing_contacts"), maxMarketingContacts},
            {QStringLiteral("period_days"), periodDays},
            {QStringLiteral("quiet_from"), quietFrom.toString(format)},
            {QStringLiteral("quiet_until"), quietUntil.toString(format)}};
}

ContactGate::Decision ContactGate::decide(const ContactSettings &settings, ContactPurpose purpose,
                                          const CustomerProfile &customer, int contactsInPeriod,
                                          const QDateTime &now)
{
    Decision decision;
    if (customer.doNotContact)
        decision.heldReasons << QStringLiteral("do_not_contact");
    if (purpose == ContactPurpose::Marketing) {
        if (settings.requireMarketingConsent && !customer.marketingConsent)
            decision.heldReasons << QStringLiteral("no_consent");
        if (contactsInPeriod >= settings.maxMarketingContacts)
            decision.heldReasons << QStringLiteral("frequency_cap");
    }
    decision.contactAfter = quietUntil(settings, now);
    return decision;
}

QDateTime ContactGate::quietUntil(const ContactSettings &settings, const QDateTime &at)
{
    const QTime &from = settings.quietFrom;
    const QTime &until = settings.quietUntil;
    if (from == until || !from.isValid() || !until.isValid())
        return {};
    const QDateTime local = at.toLocalTime();
    const QTime time = local.time();
    const bool wraps = from > until; // e.g. 21:00-08:00
    const bool quiet = wraps ? (time >= from || time < until) : (time >= from && time < until);
    if (!quiet)
        return {};
    // The end is today's `until`, or tomorrow's when the quiet hours began before midnight.
    const QDate day = wraps && time >= from ? local.date().addDays(1) : local.date();
    return QDateTime(day, until, local.timeZone()).toUTC();
}

} // namespace bd
