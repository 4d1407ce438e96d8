#pragma once

#include "app/domain/Ids.h"
#include "app/domain/Result.h"
#include "app/domain/WorkStates.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>

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
        CustomerId customerId;
        QString staffId;
        QString channel;       // ContactChannel code
        QString purpose;
        std::optional<ContactOutcome> outcome; // none: not said
        QString customerVoice; // the customer's own words
        QString objection;
        QDate nextFollowUp;    // null: none
        QString contactKind = QStringLiteral("marketing"); // marketing | care | service
        QString policyOverride = QString(); // why a contact rule was overridden, or empty
        QDateTime occurredAt = QDateTime(); // null: now
    };
    // The new interaction's id. updated_at is `updatedAt`, or now when that is empty.
    // Every contact with a customer is written here (the call desk's too).
    Result<QString> insertInteraction(const Interaction &interaction,
                                      const QString &updatedAt = {});

    // Sets a tag (staff source); a tag removed before comes back. The customer_tag id.
    Result<QString> addTag(const CustomerId &customer, const QString &tagId,
                           const QString &staffId);
    enum class RemoveResult { Removed, NotFound };
    Result<RemoveResult> removeTag(const QString &customerTagId);

private:
    Store &m_store;
};

} // namespace bd
