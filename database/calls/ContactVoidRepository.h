#pragma once

#include "app/domain/Ids.h"
#include "app/domain/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace bd {

class Store;

// A contact logged for the wrong customer, voided (issue #15, F10): the void is written beside
// what was logged (voided_at, voided_by, void_reason), never over it, and synced as a change of
// the row. The call task the contact closed is read back here so the service can reopen it.
// Call inside a Transaction.
class ContactVoidRepository
{
public:
    explicit ContactVoidRepository(Store &store);

    struct LoggedContact
    {
        QString id;
        CustomerId customerId;
        QString staffId; // who logged it
        QDateTime occurredAt; // UTC
        QString contactKind;
        bool voided = false;
        int version = 0;
    };
    // The contact, or none if there is no such (undeleted) contact.
    Result<std::optional<LoggedContact>> find(const QString &interactionId) const;

    // Marks the contact void with the base version checked; empty error text: changed meanwhile.
    Result<> markVoid(const LoggedContact &contact, const QString &staffId, const QString &reason,
                      const QString &at);

    // The call task this contact closed or rescheduled, if any (call_task.interaction_id).
    Result<QString> callTaskOf(const QString &interactionId) const;

    // An opportunity the event rules raised from this contact's outcome (its event is
    // "call-<interaction id>", CallOutcomes; call_interested_follow_up), still live.
    struct RaisedOpportunity
    {
        QString id;
        QString status;      // open, held, contacted, done (dismissed ones are not read)
        // Someone contacted the customer on it, or it is not live any more (contacted, done):
        // a human's work, kept. Only a live one (open, held) nobody touched is withdrawn.
        bool contacted = false;
        int version = 0;
    };
    Result<QList<RaisedOpportunity>> opportunitiesRaisedBy(const QString &interactionId) const;

    // Closes it as dismissed, base version checked (empty error text: changed meanwhile), and
    // sends the change as follow-through, which the server takes from any desk.
    Result<> withdrawOpportunity(const RaisedOpportunity &opportunity, const QString &at);

    // The findings read from this contact's notes that a person confirmed (voice_review):
    // their tags and follow-up tasks are the manager's decision, kept through a void.
    Result<QStringList> confirmedVoiceFindings(const QString &interactionId) const;

private:
    Store &m_store;
};

} // namespace bd
