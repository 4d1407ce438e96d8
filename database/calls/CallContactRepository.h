#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace bd {

class Store;

// The contacts the calls area writes: interactions with their contact kind (for the
// frequency cap) and override reason, and the customer's lifecycle stage. Each write
// records its sync change; call inside a Transaction.
class CallContactRepository
{
public:
    explicit CallContactRepository(Store &store);

    struct Contact
    {
        QString customerId;
        QString staffId;
        QDateTime occurredAt; // UTC
        QString channel;      // ContactChannel code
        QString contactKind;  // marketing | care | service
        QString purpose;
        QString outcome;      // ContactOutcome code or empty
        QString customerVoice;
        QString objection;
        QDate nextFollowUp;
        QString policyOverride; // why a contact rule was overridden, or empty
    };
    QString insertContact(const Contact &contact); // the interaction id, empty on failure

    // Stage and reason with the base version checked.
    bool setLifecycle(const QString &customerId, int baseVersion, const QString &stage,
                      const QString &reason, const QString &at);

    QString errorString() const { return m_error; }

private:
    Store &m_store;
    QString m_error;
};

} // namespace bd
