#pragma once

#include "app/domain/Result.h"

#include <QDateTime>
#include <QString>

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
        QString customerId;
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

private:
    Store &m_store;
};

} // namespace bd
