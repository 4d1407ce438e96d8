#pragma once

#include "app/rules/CustomerProfile.h"

#include <QDateTime>
#include <QJsonObject>
#include <QStringList>
#include <QTime>

namespace bd {

// Whom an opportunity serves: marketing (offering products: consent and the cap apply),
// care (greetings) or service (the customer's own business).
enum class ContactPurpose { Marketing, Care, Service };

namespace ContactPurposes {
QString code(ContactPurpose purpose);
std::optional<ContactPurpose> fromCode(const QString &code);
} // namespace ContactPurposes

// The contact rules event opportunities are held to (docs/EVENTS.md), as in the rule file's
// "contact" part; the defaults are the desk's (ContactRules, migration 0010).
struct ContactSettings
{
    bool requireMarketingConsent = true;
    int maxMarketingContacts = 2; // per customer within periodDays
    int periodDays = 30;
    QTime quietFrom{21, 0}; // local time; may wrap midnight
    QTime quietUntil{8, 0};

    QJsonObject toJson() const;
    friend bool operator==(const ContactSettings &, const ContactSettings &) = default;
};

// The contact rules applied before an opportunity reaches anyone. Regulated in China
// (unsolicited marketing calls): do-not-contact holds for every purpose; marketing also
// needs consent and stays under the cap. Quiet hours never hold an opportunity back: they
// only say when the contact may be made.
class ContactGate
{
public:
    struct Decision
    {
        QStringList heldReasons; // do_not_contact, no_consent, frequency_cap (ContactPolicy codes)
        QDateTime contactAfter;  // the end of the quiet hours it arrived in; null if none
        bool delivered() const { return heldReasons.isEmpty(); }
    };

    // `contactsInPeriod`: the customer's marketing contacts and open marketing
    // opportunities within the last periodDays.
    static Decision decide(const ContactSettings &settings, ContactPurpose purpose,
                           const CustomerProfile &customer, int contactsInPeriod,
                           const QDateTime &now);
    // When the quiet hours that `at` falls in end (local time); null outside them.
    static QDateTime quietUntil(const ContactSettings &settings, const QDateTime &at);
};

} // namespace bd
