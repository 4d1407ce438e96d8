#include "app/services/contact/ContactPolicy.h"

namespace bd {

ContactPolicy::ContactPolicy(ContactRules rules, CallClock clock)
    : m_rules(rules)
    , m_clock(std::move(clock))
{
}

QDate ContactPolicy::periodStart() const
{
    return localToday(m_clock).addDays(1 - m_rules.periodDays);
}

ContactPolicy::Breach ContactPolicy::breach(const QString &code,
                                            const CustomerContactFacts &facts) const
{
    if (code == QLatin1String("do_not_contact"))
        return {code, tr("The customer asked not to be contacted.")};
    if (code == QLatin1String("no_consent"))
        return {code, tr("The customer has not consented to marketing contacts.")};
    if (code == QLatin1String("frequency_cap"))
        return {code, tr("The customer had %1 marketing contacts in the last %n days (at most %2).",
                         nullptr, m_rules.periodDays)
                              .arg(facts.marketingContactsInPeriod)
                              .arg(m_rules.maxMarketingContacts)};
    return {code, tr("Quiet hours: no calls or messages between %1 and %2.")
                          .arg(m_rules.quietFrom.toString(QStringLiteral("HH:mm")),
                               m_rules.quietUntil.toString(QStringLiteral("HH:mm")))};
}

QList<ContactPolicy::Breach> ContactPolicy::checkTask(const CustomerContactFacts &facts,
                                                      Purpose purpose) const
{
    QList<Breach> breaches;
    if (facts.doNotContact)
        breaches << breach(QStringLiteral("do_not_contact"), facts);
    if (purpose != Purpose::Marketing)
        return breaches;
    if (m_rules.requireMarketingConsent && !facts.marketingConsent)
        breaches << breach(QStringLiteral("no_consent"), facts);
    if (facts.marketingContactsInPeriod >= m_rules.maxMarketingContacts)
        breaches << breach(QStringLiteral("frequency_cap"), facts);
    return breaches;
}

QList<ContactPolicy::Breach> ContactPolicy::checkContact(const CustomerContactFacts &facts,
                                                         Purpose purpose, const QString &channel,
                                                         const QDateTime &at) const
{
    QList<Breach> breaches = checkTask(facts, purpose);
    const bool remote = channel == QLatin1String("phone") || channel == QLatin1String("sms")
            || channel == QLatin1String("wechat");
    if (remote && inQuietHours(at))
        breaches << breach(QStringLiteral("quiet_hours"), facts);
    return breaches;
}

bool ContactPolicy::inQuietHours(const QDateTime &at) const
{
    const QTime time = at.toLocalTime().time();
    const QTime &from = m_rules.quietFrom;
    const QTime &until = m_rules.quietUntil;
    if (from == until)
        return false; // no quiet hours
    if (from < until)
        return time >= from && time < until;
    return time >= from || time < until; // wraps midnight, e.g. 21:00-08:00
}

QStringList ContactPolicy::purposeCodes()
{
    return {purposeCode(Purpose::Marketing), purposeCode(Purpose::Care), purposeCode(Purpose::Service)};
}

QString ContactPolicy::purposeCode(Purpose purpose)
{
    switch (purpose) {
    case Purpose::Marketing: return QStringLiteral("marketing");
    case Purpose::Care: return QStringLiteral("care");
    case Purpose::Service: return QStringLiteral("service");
    }
    return {};
}

std::optional<ContactPolicy::Purpose> ContactPolicy::purposeFromCode(const QString &code)
{
    for (Purpose purpose : {Purpose::Marketing, Purpose::Care, Purpose::Service}) {
        if (purposeCode(purpose) == code)
            return purpose;
    }
    return std::nullopt;
}

QString ContactPolicy::purposeLabel(const QString &code)
{
    if (code == QLatin1String("marketing"))
        return tr("Marketing (offering products)");
    if (code == QLatin1String("care"))
        return tr("Care (relationship, greetings)");
    if (code == QLatin1String("service"))
        return tr("Service (the customer's own business)");
    return code;
}

QString ContactPolicy::label(const QString &code)
{
    if (code == QLatin1String("do_not_contact"))
        return tr("Do not contact");
    if (code == QLatin1String("no_consent"))
        return tr("No marketing consent");
    if (code == QLatin1String("frequency_cap"))
        return tr("Contact limit reached");
    if (code == QLatin1String("quiet_hours"))
        return tr("Quiet hours");
    if (code == QLatin1String("no_manager"))
        return tr("No owning manager");
    if (code == QLatin1String("unknown_customer"))
        return tr("Not a customer of this branch");
    return code;
}

QStringList ContactPolicy::codes(const QList<Breach> &breaches)
{
    QStringList result;
    for (const Breach &b : breaches)
        result << b.code;
    return result;
}

QString ContactPolicy::messages(const QList<Breach> &breaches)
{
    QStringList lines;
    for (const Breach &b : breaches)
        lines << b.message;
    return lines.join(QLatin1Char('\n'));
}

} // namespace bd
