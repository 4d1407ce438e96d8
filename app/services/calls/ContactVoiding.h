#pragma once

#include "app/services/contact/CallClock.h"
#include "app/services/core/Session.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace bd {

class Store;

// Voids a contact logged for the wrong customer (issue #15, F10): a wealth manager who picked
// the wrong row and logged "refused" against a customer they never called. The void is a new
// fact beside the contact (who, when, why; a reason is required), audited, never a delete:
// from then on the contact counts for nothing (cap, last contact and outcome, follow-up) and
// the call or care task it closed is open again, and the follow-up opportunity its outcome raised is
// withdrawn (or, if someone already worked it, kept and named for the manager). Only the author or the branch head, within
// ContactVoidRules::kWindowDays; the server checks the same on sync (ContactVoidCheck).
class ContactVoiding
{
    Q_DECLARE_TR_FUNCTIONS(ContactVoiding)

public:
    ContactVoiding(Store &store, const Session &session, CallClock clock = systemCallClock());

    struct Result
    {
        bool ok = false;
        QString refusal;      // translated
        QString callTaskId;   // the call task opened again, if the contact had closed one
        QString careTaskId;   // the care task opened again, if a care contact had completed it
        // The follow-up opportunities the event rules raised from the contact's outcome:
        // withdrawn (closed as dismissed) while nobody had contacted the customer on them;
        // kept, and named here and in the audit entry for the manager, when someone had.
        QStringList opportunitiesWithdrawn;
        QStringList opportunitiesKept;
        // What was heard in the contact's notes: suggestions nobody decided about are gone;
        // findings a person confirmed (their tag, their follow-up task) are kept, named here
        // and in the audit entry for the manager to review.
        int voiceSuggestionsWithdrawn = 0;
        QStringList voiceFindingsKept;
    };
    Result voidContact(const QString &interactionId, const QString &reason);

private:
    bool reopenCallTask(const QString &interactionId, const QString &at, Result &result);
    bool reopenCareTask(const QString &interactionId, const QString &at, Result &result);
    bool withdrawOpportunities(const QString &interactionId, const QString &at, Result &result);
    bool withdrawVoice(const QString &interactionId, Result &result);

    Store &m_store;
    Session m_session;
    CallClock m_clock;
};

} // namespace bd
