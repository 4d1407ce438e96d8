#pragma once

#include <QCoreApplication>
#include "app/services/core/Session.h"
#include "database/customers/CustomerRepository.h"

#include <QLocale>
#include <QVariantMap>

#include <optional>

namespace bd {

class Store;

// Finding, showing and editing customers for a signed-in user. Everything that leaves
// here is masked (ID number, phone, address); edits are validated field by field, applied
// in one transaction with their sync change and audit entry, or not at all.
class CustomerService
{
    Q_DECLARE_TR_FUNCTIONS(CustomerService)

public:
    CustomerService(Store &store, const Session &session);

    Result<QList<CustomerSummary>> find(const QString &text, int limit = 50);
    Result<QList<CustomerSummary>> myCustomers(int limit = 200); // the wealth manager's book
    Result<QVariantMap> profile(const QString &id);

    struct FieldEdit
    {
        QString field; // a CustomerField::editable() name
        QString typed; // what the user typed
    };
    struct FieldProblem
    {
        QString field;
        QString problem; // translated
    };
    struct EditResult
    {
        bool ok = false;
        QString refusal; // permission, missing customer, conflict or storage error
        QList<FieldProblem> problems;
    };
    EditResult edit(const QString &customerId, const QList<FieldEdit> &edits,
                    const QLocale &locale = QLocale());

private:
    // The refusal (audited) when the session lacks the permission.
    Result<> allowed(Permission permission);

    Store &m_store;
    const Session &m_session;
};

} // namespace bd
