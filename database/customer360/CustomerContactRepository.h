#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace bd {

class Store;

// What staff write on a customer's 360: contacts (interactions) and tags. Each write
// records its sync change through ChangeRecorder; call inside the caller's Transaction.
class CustomerContactRepository
{
public:
    explicit CustomerContactRepository(Store &store);

    struct Interaction
    {
        QString customerId;
        QString staffId;
        QString channel;       // ContactChannel code
        QString purpose;
        QString outcome;       // ContactOutcome code or empty
        QString customerVoice; // the customer's own words
        QString objection;
        QDate nextFollowUp;    // null: none
        QString contactKind = QStringLiteral("marketing"); // marketing | care | service
        QString policyOverride = QString(); // why a contact rule was overridden, or empty
        QDateTime occurredAt = QDateTime(); // null: now
    };
    // The new interaction's id, or empty on failure.
    QString insertInteraction(const Interaction &interaction);

    // Sets a tag (staff source); a tag removed before comes back. The customer_tag id, or
    // empty on failure.
    QString addTag(const QString &customerId, const QString &tagId, const QString &staffId);
    enum class RemoveResult { Removed, NotFound, Failed };
    RemoveResult removeTag(const QString &customerTagId);

    QString errorString() const { return m_error; }

private:
    Store &m_store;
    QString m_error;
};

} // namespace bd
