#pragma once

#include <QCoreApplication>
#include "app/services/core/Session.h"
#include "database/customers/CustomerDetails.h"
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

    // Searches by a number that can probe masked digits (a whole mobile or ID number, an ID
    // number's last 6) are audited and limited per user: kNumberSearches in
    // kNumberSearchMinutes. Benchmarks turn the guard off to time the lookup alone.
    static constexpr int kNumberSearches = 60;
    static constexpr int kNumberSearchMinutes = 10;
    bool guardNumberSearches = true;

    Result<QList<CustomerSummary>> find(const QString &text, int limit = 50);
    Result<QList<CustomerSummary>> myCustomers(int limit = 200); // the wealth manager's book
    // The whole profile, ID number, phone and address masked; the birth date only for
    // roles that may reveal (the age for everyone).
    Result<CustomerDetails> profile(const CustomerId &customer);
    // The customer a CIF number names (any core-banking form, e.g. C20001 or RT2001); an
    // error if none does, or the session may not view customers.
    Result<QString> idByCif(const QString &cifNo);

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
    EditResult edit(const CustomerId &customer, const QList<FieldEdit> &edits,
                    const QLocale &locale = QLocale());

private:
    // The refusal (audited) when the session lacks the permission.
    Result<> allowed(Permission permission);
    // The birth date is the 8 digits the ID number's mask hides: roles that may not reveal
    // see the age only, so mask and birth date together never give the number back.
    CustomerSummary masked(CustomerSummary customer) const;
    Result<> admitNumberSearch(const QString &text);

    Store &m_store;
    const Session &m_session;
};

} // namespace bd
