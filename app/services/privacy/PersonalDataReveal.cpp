#include "app/services/privacy/PersonalDataReveal.h"

#include "app/services/core/AuditTrail.h"
#include "app/services/core/PermissionGate.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/customers/CustomerRepository.h"

namespace bd {

PersonalDataReveal::PersonalDataReveal(Store &store, const Session &session)
    : m_store(store)
    , m_session(session)
{
}

QString PersonalDataReveal::code(Field field)
{
    switch (field) {
    case Field::IdNumber: return QStringLiteral("id_number");
    case Field::Phone: return QStringLiteral("phone");
    case Field::Address: return QStringLiteral("address");
    }
    return {};
}

bool PersonalDataReveal::fromCode(const QString &text, Field *field)
{
    for (const Field candidate : {Field::IdNumber, Field::Phone, Field::Address}) {
        if (code(candidate) == text) {
            *field = candidate;
            return true;
        }
    }
    return false;
}

QString PersonalDataReveal::label(Field field)
{
    switch (field) {
    case Field::IdNumber: return tr("ID number");
    case Field::Phone: return tr("Mobile number");
    case Field::Address: return tr("Address");
    }
    return {};
}

Result<QString> PersonalDataReveal::reveal(const CustomerId &customer, Field field,
                                           const QString &reason)
{
    const QString &customerId = customer.toString();
    if (Result<> may = PermissionGate::require(m_store, m_session, Permission::RevealPersonalData);
        !may)
        return may.error();
    const QString why = reason.simplified();
    if (why.size() < kMinimumReasonLength)
        return Error(tr("Type why you need to see the full %1 (at least %n characters).", nullptr,
                        kMinimumReasonLength)
                             .arg(label(field)));
    // details() returns the plain value (CustomerRepository opens sensitive columns).
    const std::optional<QVariantMap> row = CustomerRepository(m_store).details(customerId);
    if (!row)
        return Error(tr("No customer has the id %1.").arg(customerId));
    Transaction transaction(m_store.database());
    const bool audited = AuditTrail(m_store).record(&m_session,
                                                    QStringLiteral("reveal_personal_data"),
                                                    QStringLiteral("customer"), customerId,
                                                    {{QStringLiteral("field"), code(field)},
                                                     {QStringLiteral("reason"), why}});
    if (const Result<> saved = audited ? transaction.commit() : Result<>(Error(QString()));
        !saved)
        return Error(tr("The reveal could not be recorded, so it is not shown: %1")
                             .arg(saved.errorString()));
    return row->value(code(field)).toString();
}

} // namespace bd
