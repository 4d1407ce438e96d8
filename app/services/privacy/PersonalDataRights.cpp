#include "app/services/privacy/PersonalDataRights.h"

#include "app/services/core/AuditTrail.h"
#include "app/services/privacy/PermissionGate.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/households/HouseholdRepository.h"
#include "database/privacy/CustomerDataSweep.h"

#include <QSqlQuery>

namespace bd {

namespace {
bool customerExists(Store &store, const QString &customerId, bool *erased)
{
    QSqlQuery query(store.database());
    query.prepare(QStringLiteral("SELECT erased_at FROM customer WHERE id = ?"));
    query.addBindValue(customerId);
    if (!query.exec() || !query.next())
        return false;
    *erased = !query.value(0).isNull();
    return true;
}
} // namespace

PersonalDataRights::PersonalDataRights(Store &store, const Session &session)
    : m_store(store)
    , m_session(session)
{
}

std::optional<QJsonObject> PersonalDataRights::exportFor(const QString &customerId)
{
    m_error.clear();
    if (!PermissionGate::require(m_store, m_session, Permission::ExportPersonalData, &m_error))
        return std::nullopt;
    bool erased = false;
    if (!customerExists(m_store, customerId, &erased)) {
        m_error = tr("No customer has the id %1.").arg(customerId);
        return std::nullopt;
    }
    Transaction transaction(m_store.database()); // one consistent snapshot, and its audit
    CustomerDataSweep sweep(m_store);
    const QJsonObject data = sweep.collect(customerId);
    if (data.isEmpty()) {
        m_error = tr("The data could not be read: %1").arg(sweep.errorString());
        return std::nullopt;
    }
    if (!AuditTrail(m_store).record(&m_session, QStringLiteral("personal_data_export"),
                                    QStringLiteral("customer"), customerId)
        || !transaction.commit()) {
        m_error = tr("The export could not be recorded, so it is not given: %1")
                          .arg(transaction.errorString());
        return std::nullopt;
    }
    QJsonObject result{{QStringLiteral("format"), QStringLiteral("branchdesk-personal-data/1")},
                       {QStringLiteral("exported_at"), SqlTime::now()},
                       {QStringLiteral("exported_by"), m_session.user.displayName},
                       {QStringLiteral("branch"), m_session.branch.name}};
    for (auto it = data.begin(); it != data.end(); ++it)
        result.insert(it.key(), it.value());
    return result;
}

PersonalDataRights::Erasure PersonalDataRights::erase(const QString &customerId,
                                                      const QString &requestReference)
{
    Erasure result;
    m_error.clear();
    if (!PermissionGate::require(m_store, m_session, Permission::ErasePersonalData, &m_error))
        return result;
    const QString reference = requestReference.simplified();
    if (reference.isEmpty()) {
        m_error = tr("Give the reference of the customer's erasure request.");
        return result;
    }
    bool erased = false;
    if (!customerExists(m_store, customerId, &erased)) {
        m_error = tr("No customer has the id %1.").arg(customerId);
        return result;
    }
    if (erased) {
        m_error = tr("This customer's personal data was already erased.");
        return result;
    }
    Transaction transaction(m_store.database());
    // The link to a household goes, the other members stay; a head hands over first.
    if (const Result<HouseholdId> left = HouseholdRepository(m_store).leave(CustomerId(customerId));
        !left) {
        m_error = tr("Nothing was erased: %1").arg(left.errorString());
        return result;
    }
    CustomerDataSweep sweep(m_store);
    const CustomerDataSweep::Outcome outcome = sweep.erase(customerId);
    if (!outcome.ok) {
        m_error = tr("Nothing was erased: %1").arg(sweep.errorString());
        return result;
    }
    if (!AuditTrail(m_store).record(&m_session, QStringLiteral("personal_data_erasure"),
                                    QStringLiteral("customer"), customerId,
                                    {{QStringLiteral("request"), reference},
                                     {QStringLiteral("rows"), outcome.rowsChanged}})
        || !transaction.commit()) {
        m_error = tr("Nothing was erased: %1").arg(transaction.errorString());
        return result;
    }
    result.ok = true;
    result.rowsChanged = outcome.rowsChanged;
    return result;
}

} // namespace bd
