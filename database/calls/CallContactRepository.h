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

// The contacts the calls area writes: interactions with their contact kind (for the
// frequency cap) and override reason, and the customer's lifecycle stage. Each write
// records its sync change; call inside a Transaction.
class CallContactRepository
{
public:
    explicit CallContactRepository(Store &store);

    struct Contact
    {
        CustomerId customerId;
        QString staffId;
        QDateTime occurredAt; // UTC
        QString channel;      // ContactChannel code
        QString contactKind;  // marketing | care | service
        QString purpose;
        std::optional<ContactOutcome> outcome; // none: not said
        QString customerVoice;
        QString objection;
        QDate nextFollowUp;
        QString policyOverride; // why a contact rule was overridden, or empty
    };
    Result<QString> insertContact(const Contact &contact); // the interaction id

    // Stage and reason with the base version checked.
    Result<> setLifecycle(const CustomerId &customerId, int baseVersion, LifecycleStage stage,
                          const QString &reason, const QString &at);


private:
    Store &m_store;
};

} // namespace bd
