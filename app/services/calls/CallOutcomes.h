#pragma once

#include "app/domain/Ids.h"
#include "app/domain/WorkStates.h"
#include "app/services/contact/CallClock.h"
#include "app/services/contact/ContactPolicy.h"
#include "app/services/core/Session.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace bd {

class Store;

// Logs what came of a call (or a care contact): writes the interaction with the customer's
// voice and objections, closes or reschedules the task, records the sync changes and the
// audit entry in one transaction. The contact rules are checked at the time of the contact;
// a breach needs an override reason, which is kept on the interaction and audited.
class CallOutcomes
{
    Q_DECLARE_TR_FUNCTIONS(CallOutcomes)

public:
    CallOutcomes(Store &store, const Session &session, CallClock clock = systemCallClock());

    struct Input
    {
        QString outcome; // reached | not_reached | interested | refused | appointment
        QString channel = QStringLiteral("phone");
        QString customerVoice;
        QString objection;
        QDate nextFollowUp; // null: none
        QString overrideReason;
        QDateTime madeAt; // when the call was made (the rules apply then); null: now
    };
    struct Result
    {
        bool ok = false;
        QString refusal; // translated
        QList<ContactPolicy::Breach> breaches; // set when an override reason is needed
        QString interactionId;
    };

    static QStringList outcomeCodes();
    static QString outcomeLabel(const QString &outcome); // translated
    // The interaction outcome a call outcome is stored as (docs/CALLS.md).
    static ContactOutcome interactionOutcome(CallOutcome outcome);

    // Rules that would be broken by a contact made at `madeAt` (null: now), for the dialog's
    // warning. The quiet hours apply to when the call was made, not when it is logged.
    QList<ContactPolicy::Breach> breachesAt(const CustomerId &customerId, bool care,
                                            const QString &channel, const QDateTime &madeAt) const;
    Result logCall(const QString &callTaskId, const Input &input);
    Result logCare(const QString &careTaskId, const Input &input);

private:
    QString validate(const Input &input) const;
    QDateTime madeAt(const Input &input) const;
    bool checkRules(const CustomerId &customerId, bool care, const Input &input, Result &result) const;
    QString writeContact(const CustomerId &customerId, bool care, const Input &input,
                         const QString &purpose, Result &result);
    bool hearVoice(Result &result);
    bool audit(const QString &action, const QString &entity, const QString &id,
               const CustomerId &customerId, const Input &input, const Result &result);

    Store &m_store;
    Session m_session;
    CallClock m_clock;
};

} // namespace bd
