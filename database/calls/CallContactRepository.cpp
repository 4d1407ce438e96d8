#include "database/calls/CallContactRepository.h"

#include "database/core/SqlQuery.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/customer360/CustomerContactRepository.h"
#include "database/sync/ChangeRecorder.h"

namespace bd {

CallContactRepository::CallContactRepository(Store &store)
    : m_store(store)
{
}

Result<QString> CallContactRepository::insertContact(const Contact &contact)
{
    CustomerContactRepository::Interaction interaction;
    interaction.customerId = contact.customerId;
    interaction.staffId = contact.staffId;
    interaction.channel = contact.channel;
    interaction.purpose = contact.purpose;
    interaction.outcome = contact.outcome;
    interaction.customerVoice = contact.customerVoice;
    interaction.objection = contact.objection;
    interaction.nextFollowUp = contact.nextFollowUp;
    interaction.contactKind = contact.contactKind;
    interaction.policyOverride = contact.policyOverride;
    interaction.occurredAt = contact.occurredAt;
    // A logged call is as new as the call itself.
    return CustomerContactRepository(m_store).insertInteraction(
            interaction, SqlTime::timestamp(contact.occurredAt));
}

Result<> CallContactRepository::setLifecycle(const CustomerId &customerId, int baseVersion,
                                             LifecycleStage stage, const QString &reason,
                                             const QString &at)
{
    const QString stageCode = WorkStates::code(stage);
    SqlQuery query(m_store.database(), QStringLiteral(
            "UPDATE customer SET lifecycle_stage = ?, lifecycle_reason = ?, updated_at = ?, "
            "version = version + 1 WHERE id = ? AND version = ?"));
    query.bind(stageCode).bind(reason).bind(at).bind(customerId).bind(baseVersion);
    if (Result<> updated = query.execOnOneRow(); !updated)
        return updated;
    ChangeRecorder recorder(m_store);
    return recorder.recordUpsert(QStringLiteral("customer"), customerId.toString(),
                                 { { QStringLiteral("lifecycle_stage"), stageCode },
                                   { QStringLiteral("lifecycle_reason"), reason } },
                                 baseVersion);
}

} // namespace bd
