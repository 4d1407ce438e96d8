#include "app/services/customers/CustomerService.h"

#include "app/domain/CustomerField.h"
#include "app/domain/Masking.h"
#include "app/domain/ResidentIdNumber.h"
#include "app/services/core/AuditTrail.h"
#include "app/services/core/PermissionGate.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace bd {

namespace {
CustomerSummary masked(CustomerSummary customer)
{
    customer.idNumber = Masking::idNumber(customer.idNumber);
    customer.phone = Masking::phone(customer.phone);
    return customer;
}

QString columnFor(const QString &field)
{
    return field == QLatin1String("annual_income") ? QStringLiteral("annual_income_fen") : field;
}
} // namespace

CustomerService::CustomerService(Store &store, const Session &session)
    : m_store(store)
    , m_session(session)
{
}

Result<> CustomerService::allowed(Permission permission)
{
    return PermissionGate::require(m_store, m_session, permission);
}

Result<QList<CustomerSummary>> CustomerService::find(const QString &text, int limit)
{
    if (Result<> may = allowed(Permission::ViewCustomers); !may)
        return may.error();
    QList<CustomerSummary> result;
    const auto found = CustomerRepository(m_store).find(text, limit);
    for (const CustomerSummary &customer : found)
        result << masked(customer);
    return result;
}

Result<QList<CustomerSummary>> CustomerService::myCustomers(int limit)
{
    if (Result<> may = allowed(Permission::ViewCustomers); !may)
        return may.error();
    QList<CustomerSummary> result;
    const auto book = CustomerRepository(m_store).byManager(m_session.user.id, limit);
    for (const CustomerSummary &customer : book)
        result << masked(customer);
    return result;
}

Result<QVariantMap> CustomerService::profile(const QString &id)
{
    if (Result<> may = allowed(Permission::ViewCustomers); !may)
        return may.error();
    std::optional<QVariantMap> row = CustomerRepository(m_store).details(id);
    if (!row)
        return Error(tr("No customer has the id %1.").arg(id));
    (*row)[QStringLiteral("id_number")]
            = Masking::idNumber(row->value(QStringLiteral("id_number")).toString());
    (*row)[QStringLiteral("phone")]
            = Masking::phone(row->value(QStringLiteral("phone")).toString());
    (*row)[QStringLiteral("address")]
            = Masking::address(row->value(QStringLiteral("address")).toString());
    return *row;
}

CustomerService::EditResult CustomerService::edit(const QString &customerId,
                                                  const QList<FieldEdit> &edits,
                                                  const QLocale &locale)
{
    EditResult result;
    if (Result<> may = allowed(Permission::EditCustomerProfile); !may) {
        result.refusal = may.errorString();
        return result;
    }
    if (edits.isEmpty()) {
        result.refusal = tr("Nothing to change.");
        return result;
    }

    // Validate everything first: one bad field means nothing changes.
    QVariantMap columns;
    for (const FieldEdit &edit : edits) {
        if (!CustomerField::isEditable(edit.field)) {
            result.problems << FieldProblem { edit.field,
                                              tr("This field does not exist or cannot "
                                                 "be edited. Editable fields: %1.")
                                                      .arg(CustomerField::editable().join(
                                                              QStringLiteral(", "))) };
            continue;
        }
        const CustomerField::Check check = CustomerField::validate(edit.field, edit.typed, locale);
        if (!check.ok)
            result.problems << FieldProblem { edit.field, check.problem };
        else
            columns.insert(columnFor(edit.field), check.value);
    }
    if (!result.problems.isEmpty())
        return result;

    // A new ID number carries the birth date and gender: keep them consistent.
    if (columns.contains(QStringLiteral("id_number"))) {
        const QString id = columns.value(QStringLiteral("id_number")).toString();
        columns.insert(QStringLiteral("birth_date"),
                       ResidentIdNumber::birthDate(id).toString(Qt::ISODate));
        columns.insert(QStringLiteral("gender"),
                       ResidentIdNumber::isMale(id) ? QStringLiteral("M") : QStringLiteral("F"));
    }

    Transaction transaction(m_store.database());
    CustomerRepository repository(m_store);
    const std::optional<QVariantMap> before = repository.details(customerId);
    if (!before) {
        result.refusal = tr("No customer has the id %1.").arg(customerId);
        return result;
    }
    const int baseVersion = before->value(QStringLiteral("version")).toInt();
    const Result<CustomerRepository::UpdateResult> outcome
            = repository.update(customerId, columns, baseVersion);
    if (!outcome || *outcome != CustomerRepository::UpdateResult::Updated) {
        result.refusal = outcome && *outcome == CustomerRepository::UpdateResult::VersionConflict
                ? tr("Someone else changed this customer meanwhile. Reload and try again.")
                : tr("The change could not be saved: %1").arg(outcome.errorString());
        return result;
    }
    QJsonArray changed;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        changed << it.key();
    // Personal data values stay out of the audit detail; the field names are enough.
    const bool audited = AuditTrail(m_store).record(&m_session, QStringLiteral("customer_edit"),
                                                    QStringLiteral("customer"), customerId,
                                                    { { QStringLiteral("fields"), changed } });
    if (const Result<> saved = audited ? transaction.commit() : Result<>(Error(QString())); !saved) {
        result.refusal = tr("The change could not be saved: %1").arg(saved.errorString());
        return result;
    }
    result.ok = true;
    return result;
}

} // namespace bd
