#include "app/services/customers/CustomerService.h"

#include "app/domain/CustomerAge.h"
#include "app/domain/CustomerField.h"
#include "app/domain/DomainTerms.h"
#include "app/domain/Masking.h"
#include "app/domain/ResidentIdNumber.h"
#include "app/services/core/AuditTrail.h"
#include "app/services/core/PermissionGate.h"
#include "database/core/BirthYear.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace bd {

namespace {
// A whole mobile number (11 digits), a whole ID number (15 or 18) or an ID number's last 6
// characters: what the search matches beyond the digits the masks show.
bool probesMaskedDigits(const QString &text)
{
    QString compact = text.trimmed();
    compact.remove(QLatin1Char(' ')).remove(QLatin1Char('-'));
    if (compact.startsWith(QLatin1String("+86")))
        compact = compact.mid(3);
    const qsizetype n = compact.size();
    if (n != 6 && n != 11 && n != 15 && n != 18)
        return false;
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = compact.at(i);
        if (!c.isDigit() && !(i == n - 1 && (c == QLatin1Char('X') || c == QLatin1Char('x'))))
            return false;
    }
    return true;
}

const QString kNumberSearch = QStringLiteral("customer_number_search");

QString columnFor(const QString &field)
{
    return field == QLatin1String("annual_income") ? QStringLiteral("annual_income_fen") : field;
}

QString storedIdNumber(Store &store, const QString &customerId)
{
    const std::optional<QVariantMap> row = CustomerRepository(store).details(customerId);
    return row ? row->value(QStringLiteral("id_number")).toString().toUpper() : QString();
}
} // namespace

CustomerSummary CustomerService::masked(CustomerSummary customer) const
{
    customer.idNumber = Masking::idNumber(customer.idNumber);
    customer.phone = Masking::phone(customer.phone);
    customer.age = customer.birthDate.isValid()
            ? ageOn(customer.birthDate, QDate::currentDate())
            : BirthYear::ageIn(customer.birthYear ? QVariant(customer.birthYear) : QVariant(),
                               QDate::currentDate().year());
    if (!m_session.can(Permission::RevealPersonalData))
        customer.birthDate = QDate();
    return customer;
}

Result<> CustomerService::admitNumberSearch(const QString &text)
{
    if (!guardNumberSearches || !probesMaskedDigits(text))
        return {};
    AuditTrail audit(m_store);
    const QDateTime since
            = QDateTime::currentDateTimeUtc().addSecs(-60 * kNumberSearchMinutes);
    Transaction transaction(m_store.database());
    // The number itself is not recorded (it is personal data); its length is enough to see
    // a run of guesses.
    const QJsonObject detail{{QStringLiteral("characters"), int(text.trimmed().size())}};
    if (audit.recentCount(m_session, kNumberSearch, since) >= kNumberSearches) {
        audit.record(&m_session, QStringLiteral("customer_number_search_refused"), {}, {},
                     detail);
        (void)transaction.commit();
        return Error(tr("Too many searches by mobile or ID number: at most %1 in %2 minutes. "
                        "Search by name or CIF number, or wait.")
                             .arg(kNumberSearches)
                             .arg(kNumberSearchMinutes));
    }
    if (!audit.record(&m_session, kNumberSearch, {}, {}, detail))
        return Error(tr("The search could not be recorded in the audit log."));
    return transaction.commit();
}

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
    if (Result<> admitted = admitNumberSearch(text); !admitted)
        return admitted.error();
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

Result<CustomerDetails> CustomerService::profile(const CustomerId &customer)
{
    if (Result<> may = allowed(Permission::ViewCustomers); !may)
        return may.error();
    const std::optional<QVariantMap> row = CustomerRepository(m_store).details(customer.toString());
    if (!row)
        return Error(tr("No customer has the id %1.").arg(customer.toString()));
    CustomerDetails profile = CustomerDetails::fromRow(*row);
    profile.idNumber = Masking::idNumber(profile.idNumber);
    profile.phone = Masking::phone(profile.phone);
    profile.address = Masking::address(profile.address);
    // Without the reveal key the date does not open: the age comes from the plain year.
    profile.age = profile.birthDate.isValid()
            ? ageOn(profile.birthDate, QDate::currentDate())
            : BirthYear::ageIn(row->value(QStringLiteral("birth_year")), QDate::currentDate().year());
    if (!m_session.can(Permission::RevealPersonalData))
        profile.birthDate = QDate();
    return profile;
}

Result<QString> CustomerService::idByCif(const QString &cifNo)
{
    if (Result<> may = allowed(Permission::ViewCustomers); !may)
        return may.error();
    const QString id = CustomerRepository(m_store).idByCif(cifNo.trimmed());
    if (id.isEmpty())
        return Error(tr("No customer has the CIF number %1.").arg(cifNo));
    return id;
}

CustomerService::EditResult CustomerService::edit(const CustomerId &customer,
                                                  const QList<FieldEdit> &edits,
                                                  const QLocale &locale)
{
    const QString &customerId = customer.toString(); // bound, recorded and audited as text
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

    // The ID number carries the birth date and gender. What staff typed for either is
    // checked against it (the new one, else the one on file) and a conflict is shown, never
    // silently overwritten; a new ID number alone brings its birth date and gender along.
    const QString idNumber = columns.contains(QStringLiteral("id_number"))
            ? columns.value(QStringLiteral("id_number")).toString()
            : storedIdNumber(m_store, customerId);
    if (ResidentIdNumber::check(idNumber) == ResidentIdNumber::Problem::None) {
        const QString idBirth = ResidentIdNumber::birthDate(idNumber).toString(Qt::ISODate);
        const QString idGender = ResidentIdNumber::isMale(idNumber) ? QStringLiteral("M")
                                                                    : QStringLiteral("F");
        if (columns.contains(QStringLiteral("gender"))
            && columns.value(QStringLiteral("gender")).toString() != idGender)
            result.problems << FieldProblem{
                    QStringLiteral("gender"),
                    tr("The ID number says %1. Correct the gender or the ID number.")
                            .arg(DomainTerms::label(Vocabulary::Gender, idGender))};
        if (columns.contains(QStringLiteral("birth_date"))
            && columns.value(QStringLiteral("birth_date")).toString() != idBirth)
            result.problems << FieldProblem{
                    QStringLiteral("birth_date"),
                    tr("The ID number says born on %1. Correct the birth date or the ID number.")
                            .arg(idBirth)};
        if (!result.problems.isEmpty())
            return result;
    }
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
