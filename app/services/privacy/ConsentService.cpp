#include "app/services/privacy/ConsentService.h"

#include "app/services/core/AuditTrail.h"
#include "app/services/core/PermissionGate.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/customers/CustomerRepository.h"

namespace bd {

ConsentService::ConsentService(Store &store, const Session &session)
    : m_store(store)
    , m_session(session)
{
}

Result<QList<ConsentService::PurposeState>> ConsentService::current(const CustomerId &customer)
{
    QList<PurposeState> states;
    if (Result<> may = PermissionGate::require(m_store, m_session, Permission::ViewCustomers); !may)
        return may.error();
    const QList<ConsentRecord> latest = ConsentRepository(m_store).current(customer);
    for (const ConsentPurpose purpose : ConsentPurposes::all()) {
        PurposeState state{purpose, false, false, {}};
        for (const ConsentRecord &record : latest) {
            if (record.purpose == ConsentPurposes::code(purpose)) {
                state.granted = record.granted;
                state.recorded = true;
                state.latest = record;
            }
        }
        states << state;
    }
    return states;
}

Result<QList<ConsentRecord>> ConsentService::history(const CustomerId &customer)
{
    if (Result<> may = PermissionGate::require(m_store, m_session, Permission::ViewCustomers); !may)
        return may.error();
    return ConsentRepository(m_store).history(customer);
}

Result<> ConsentService::followSummary(Store &store, const CustomerId &customer)
{
    const QString &customerId = customer.toString();
    CustomerRepository customers(store);
    const std::optional<QVariantMap> row = customers.details(customerId);
    if (!row)
        return {}; // a record of a customer this workstation does not hold (moved away)
    // An erased customer's flag stays as the erasure left it: a consent record made before
    // the erasure and pulled after it must not edit the customer row here alone (every
    // other copy drops an edit of an erased customer).
    if (!row->value(QStringLiteral("erased_at")).toString().isEmpty())
        return {};
    // A summary set before consent was recorded per purpose (old data, core banking) is
    // left alone until a marketing purpose has a record of its own.
    bool anyMarketingRecorded = false;
    bool anyMarketingGranted = false;
    const QList<ConsentRecord> latest = ConsentRepository(store).current(customer);
    for (const ConsentRecord &state : latest) {
        ConsentPurpose statePurpose = ConsentPurpose::MarketingPhone;
        if (ConsentPurposes::fromCode(state.purpose, &statePurpose)
            && ConsentPurposes::isMarketing(statePurpose)) {
            anyMarketingRecorded = true;
            anyMarketingGranted = anyMarketingGranted || state.granted;
        }
    }
    const int summary = anyMarketingGranted ? 1 : 0;
    if (!anyMarketingRecorded || row->value(QStringLiteral("marketing_consent")).toInt() == summary)
        return {};
    const Result<CustomerRepository::UpdateResult> updated = customers.update(
            customerId, {{QStringLiteral("marketing_consent"), summary}},
            row->value(QStringLiteral("version")).toInt());
    if (!updated)
        return updated.error();
    if (*updated != CustomerRepository::UpdateResult::Updated)
        return Error(tr("The customer changed meanwhile."));
    return {};
}

Result<> ConsentService::record(const CustomerId &customer, ConsentPurpose purpose, bool granted,
                                const QString &channel, const QString &evidence)
{
    const QString &customerId = customer.toString();
    if (Result<> may = PermissionGate::require(m_store, m_session, Permission::ManageConsent); !may)
        return may;
    if (!ConsentPurposes::channelCodes().contains(channel))
        return Error(tr("Say where the customer gave or withdrew consent."));
    if (granted && evidence.trimmed().isEmpty())
        return Error(tr("A grant of consent needs its evidence: the form number or the reference "
                        "of the recorded call."));
    Transaction transaction(m_store.database());
    CustomerRepository customers(m_store);
    const std::optional<QVariantMap> row = customers.details(customerId);
    if (!row)
        return Error(tr("No customer has the id %1.").arg(customerId));
    ConsentRepository consents(m_store);
    ConsentRecord record;
    record.customerId = customer;
    record.purpose = ConsentPurposes::code(purpose);
    record.granted = granted;
    record.channel = channel;
    record.evidence = evidence.trimmed();
    record.staffId = m_session.user.id;
    if (const Result<QString> inserted = consents.insert(record); !inserted)
        return Error(tr("The consent could not be saved: %1").arg(inserted.errorString()));
    if (Result<> followed = followSummary(m_store, customer); !followed)
        return Error(tr("The consent could not be saved: %1").arg(followed.errorString()));
    // The evidence reference stays out of the audit entry: it may name the customer.
    const bool audited = AuditTrail(m_store).record(&m_session, QStringLiteral("consent_change"),
                                                    QStringLiteral("customer"), customerId,
                                                    {{QStringLiteral("purpose"), record.purpose},
                                                     {QStringLiteral("granted"), granted},
                                                     {QStringLiteral("channel"), channel}});
    if (const Result<> saved = audited ? transaction.commit() : Result<>(Error(QString()));
        !saved)
        return Error(tr("The consent could not be saved: %1").arg(saved.errorString()));
    return {};
}

} // namespace bd
