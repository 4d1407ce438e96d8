#pragma once

#include "app/services/contact/CallClock.h"
#include "database/calls/CallQueries.h"
#include "database/calls/ContactRules.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace bd {

// The contact rules (regulated in China: harassment-call campaigns since 2018) applied to
// one customer: do-not-contact, marketing consent, a cap of marketing contacts per period,
// quiet hours. Pure: the caller brings the facts (CallQueries::contactFacts) and a clock.
class ContactPolicy
{
    Q_DECLARE_TR_FUNCTIONS(ContactPolicy)

public:
    enum class Purpose { Marketing, Care, Service };

    struct Breach
    {
        QString code;    // do_not_contact | no_consent | frequency_cap | quiet_hours
        QString message; // translated
    };

    ContactPolicy(ContactRules rules, CallClock clock = systemCallClock());

    // First day of the period the cap counts contacts in (today included).
    QDate periodStart() const;
    // Making a task: do-not-contact for every purpose; consent and the cap for marketing.
    QList<Breach> checkTask(const CustomerContactFacts &facts, Purpose purpose) const;
    // Logging a contact at `at` by `channel`: as checkTask, plus the quiet hours for calls and
    // messages (not for a visit or a contact at the branch).
    QList<Breach> checkContact(const CustomerContactFacts &facts, Purpose purpose,
                               const QString &channel, const QDateTime &at) const;
    bool inQuietHours(const QDateTime &at) const; // local time of `at`

    // The purposes as stored in interaction.contact_kind: marketing, care, service.
    static QStringList purposeCodes();
    static QString purposeCode(Purpose purpose);
    static std::optional<Purpose> purposeFromCode(const QString &code);
    static QString purposeLabel(const QString &code); // translated

    static QString label(const QString &code); // translated rule name
    static QStringList codes(const QList<Breach> &breaches);
    static QString messages(const QList<Breach> &breaches); // one per line

    const ContactRules &rules() const { return m_rules; }

private:
    Breach breach(const QString &code, const CustomerContactFacts &facts) const;

    ContactRules m_rules;
    CallClock m_clock;
};

} // namespace bd
