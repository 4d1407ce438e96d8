#include "app/services/privacy/PersonalDataRights.h"

#include "app/services/core/AuditTrail.h"
#include "app/services/core/PermissionGate.h"
#include "database/core/SqlQuery.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/households/HouseholdRepository.h"
#include "database/privacy/CustomerDataSweep.h"


namespace bd {

namespace {
// Whether the customer's data was erased; nothing when there is no such customer.
std::optional<bool> erasedState(Store &store, const QString &customerId)
{
    SqlQuery query(store.database(), QStringLiteral("SELECT erased_at FROM customer WHERE id = ?"));
    query.bind(customerId);
    if (!query.select() || !query.next())
        return std::nullopt;
    return !query.value(0).isNull();
}
} // namespace

PersonalDataRights::PersonalDataRights(Store &store, const Session &session)
    : m_store(store)
    , m_session(session)
{
}

Result<QJsonObject> PersonalDataRights::exportFor(const CustomerId &customer)
{
    const QString &customerId = customer.toString();
    if (Result<> may = PermissionGate::require(m_store, m_session, Permission::ExportPersonalData);
        !may)
        return may.error();
    if (!erasedState(m_store, customerId))
        return Error(tr("No customer has the id %1.").arg(customerId));
    Transaction transaction(m_store.database()); // one consistent snapshot, and its audit
    CustomerDataSweep sweep(m_store);
    const Result<QJsonObject> collected = sweep.collect(customer);
    if (!collected || collected->isEmpty())
        return Error(tr("The data could not be read: %1").arg(collected.errorString()));
    const QJsonObject &data = *collected;
    const bool audited = AuditTrail(m_store).record(&m_session, QStringLiteral("personal_data_export"),
                                                    QStringLiteral("customer"), customerId);
    if (const Result<> saved = audited ? transaction.commit() : Result<>(Error(QString()));
        !saved)
        return Error(tr("The export could not be recorded, so it is not given: %1")
                             .arg(saved.errorString()));
    QJsonObject result{{QStringLiteral("format"), QStringLiteral("branchdesk-personal-data/1")},
                       {QStringLiteral("exported_at"), SqlTime::now()},
                       {QStringLiteral("exported_by"), m_session.user.displayName},
                       {QStringLiteral("branch"), m_session.branch.name}};
    for (auto it = data.begin(); it != data.end(); ++it)
        result.insert(it.key(), it.value());
    return result;
}

Result<int> PersonalDataRights::erase(const CustomerId &customer, const QString &requestReference)
{
    const QString &customerId = customer.toString();
    if (Result<> may = PermissionGate::require(m_store, m_session, Permission::ErasePersonalData);
        !may)
        return may.error();
    const QString reference = requestReference.simplified();
    if (reference.isEmpty())
        return Error(tr("Give the reference of the customer's erasure request."));
    const std::optional<bool> erased = erasedState(m_store, customerId);
    if (!erased)
        return Error(tr("No customer has the id %1.").arg(customerId));
    if (*erased)
        return Error(tr("This customer's personal data was already erased."));
    Transaction transaction(m_store.database());
    // The link to a household goes, the other members stay; a head hands over first.
    if (const Result<HouseholdId> left = HouseholdRepository(m_store).leave(customer);
        !left)
        return Error(tr("Nothing was erased: %1").arg(left.errorString()));
    const Result<int> rowsChanged = CustomerDataSweep(m_store).erase(customer);
    if (!rowsChanged)
        return Error(tr("Nothing was erased: %1").arg(rowsChanged.errorString()));
    const bool audited = AuditTrail(m_store).record(&m_session,
                                                    QStringLiteral("personal_data_erasure"),
                                                    QStringLiteral("customer"), customerId,
                                                    {{QStringLiteral("request"), reference},
                                                     {QStringLiteral("rows"), *rowsChanged}});
    if (const Result<> saved = audited ? transaction.commit() : Result<>(Error(QString())); !saved)
        return Error(tr("Nothing was erased: %1").arg(saved.errorString()));
    return *rowsChanged;
}

} // namespace bd
