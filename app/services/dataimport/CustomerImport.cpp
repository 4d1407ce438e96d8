#include "app/services/dataimport/CustomerImport.h"

#include "app/domain/MobileNumber.h"
#include "app/domain/ResidentIdNumber.h"
#include "app/services/dataimport/ImportValues.h"
#include "database/core/Store.h"
#include "database/customers/CustomerRepository.h"
#include "database/dataimport/CoreBankingRecords.h"

#include <QRegularExpression>

namespace bd {

namespace {
// Absent optional columns come as null strings; the table wants '' for "none".
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}
} // namespace

QList<CoreBankingImport::ColumnSpec> CustomerImport::columns() const
{
    return {
            {QStringLiteral("cif_no"), true, tr("customer number in core banking, 4-32 letters "
                                                "or digits, unique")},
            {QStringLiteral("name"), true, tr("full name, at most 50 characters")},
            {QStringLiteral("id_number"), true, tr("18-character resident ID number (GB 11643 "
                                                   "check digit), unique")},
            {QStringLiteral("gender"), false, tr("M or F; must agree with the ID number")},
            {QStringLiteral("birth_date"), false, tr("YYYY-MM-DD; must agree with the ID "
                                                     "number")},
            {QStringLiteral("mobile"), false, tr("11-digit mainland mobile number")},
            {QStringLiteral("address"), false, tr("postal address, at most 200 characters")},
            {QStringLiteral("occupation"), false, tr("free text, at most 50 characters")},
            {QStringLiteral("annual_income"), false, tr("yuan with at most two decimals, "
                                                        "e.g. 250000.00")},
            {QStringLiteral("aum"), false, tr("assets under management in yuan with at most "
                                              "two decimals")},
            {QStringLiteral("tier"), false, tr("ordinary, silver, gold, platinum or diamond "
                                               "(default ordinary)")},
            {QStringLiteral("risk_level"), false, tr("1 to 5")},
            {QStringLiteral("opened_on"), true, tr("date the customer relationship began, "
                                                   "YYYY-MM-DD, not in the future")},
            {QStringLiteral("manager"), false, tr("user name of the owning wealth manager")},
    };
}

bool CustomerImport::idNumberKnown(const QString &idNumber) const
{
    // The ID column may be encrypted at rest: look it up through the search index.
    const QList<CustomerSummary> found = CustomerRepository(m_store).find(idNumber, 5);
    for (const CustomerSummary &customer : found) {
        if (customer.idNumber.compare(idNumber, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString CustomerImport::validate(const Row &row, int line, QVariantMap *prepared)
{
    CoreBankingRecords records(m_store);
    const QString cif = row.value(QStringLiteral("cif_no"));
    static const QRegularExpression cifPattern(QStringLiteral("^[A-Za-z0-9]{4,32}$"));
    if (!cifPattern.match(cif).hasMatch())
        return tr("cif_no '%1' is not 4 to 32 letters or digits.").arg(cif);
    if (m_cifLines.contains(cif))
        return tr("cif_no %1 already appears on line %2.").arg(cif).arg(m_cifLines.value(cif));
    if (!records.customerIdByCif(cif).isEmpty())
        return tr("cif_no %1 is already in the database.").arg(cif);

    const QString name = row.value(QStringLiteral("name"));
    if (name.isEmpty() || name.size() > 50)
        return tr("name is empty or longer than 50 characters.");

    const QString idNumber = row.value(QStringLiteral("id_number")).toUpper();
    const ResidentIdNumber::Problem idProblem = ResidentIdNumber::check(idNumber);
    if (idProblem != ResidentIdNumber::Problem::None)
        return tr("id_number: %1").arg(ResidentIdNumber::problemText(idProblem));
    if (m_idLines.contains(idNumber))
        return tr("id_number already appears on line %1.").arg(m_idLines.value(idNumber));
    if (idNumberKnown(idNumber))
        return tr("id_number belongs to a customer already in the database.");
    const QString idGender = ResidentIdNumber::isMale(idNumber) ? QStringLiteral("M")
                                                                : QStringLiteral("F");
    const QDate idBirth = ResidentIdNumber::birthDate(idNumber);

    const QString gender = row.value(QStringLiteral("gender")).toUpper();
    if (!gender.isEmpty() && gender != idGender)
        return tr("gender '%1' disagrees with the ID number (%2).").arg(gender, idGender);
    const QString birth = row.value(QStringLiteral("birth_date"));
    if (!birth.isEmpty()) {
        const std::optional<QDate> date = ImportValues::date(birth);
        if (!date)
            return ImportValues::dateProblem(QStringLiteral("birth_date"), birth);
        if (*date != idBirth)
            return tr("birth_date %1 disagrees with the ID number (%2).")
                    .arg(birth, idBirth.toString(Qt::ISODate));
    }

    QVariant phone(QMetaType::fromType<QString>());
    const QString mobile = row.value(QStringLiteral("mobile"));
    if (!mobile.isEmpty()) {
        if (!MobileNumber::isValid(mobile))
            return tr("mobile: %1").arg(MobileNumber::problemText());
        phone = MobileNumber::normalized(mobile);
    }
    const QString address = row.value(QStringLiteral("address"));
    if (address.size() > 200)
        return tr("address is longer than 200 characters.");
    const QString occupation = row.value(QStringLiteral("occupation"));
    if (occupation.size() > 50)
        return tr("occupation is longer than 50 characters.");

    qint64 incomeFen = 0;
    qint64 aumFen = 0;
    for (const auto &[column, target] : {std::pair{QStringLiteral("annual_income"), &incomeFen},
                                         std::pair{QStringLiteral("aum"), &aumFen}}) {
        const QString text = row.value(column);
        if (text.isEmpty())
            continue;
        const std::optional<qint64> fen = ImportValues::yuanToFen(text);
        if (!fen)
            return ImportValues::amountProblem(column, text);
        *target = *fen;
    }

    QString tier = row.value(QStringLiteral("tier")).toLower();
    if (tier.isEmpty())
        tier = QStringLiteral("ordinary");
    static const QStringList tiers{QStringLiteral("ordinary"), QStringLiteral("silver"),
                                   QStringLiteral("gold"), QStringLiteral("platinum"),
                                   QStringLiteral("diamond")};
    if (!tiers.contains(tier))
        return tr("tier '%1' is not one of %2.").arg(tier, tiers.join(QStringLiteral(", ")));

    QVariant risk(QMetaType::fromType<int>());
    const QString riskText = row.value(QStringLiteral("risk_level"));
    if (!riskText.isEmpty()) {
        static const QRegularExpression digit(QStringLiteral("^[1-5]$"));
        if (!digit.match(riskText).hasMatch())
            return tr("risk_level '%1' is not a whole number from 1 to 5.").arg(riskText);
        risk = riskText.toInt();
    }

    const QString openedText = row.value(QStringLiteral("opened_on"));
    const std::optional<QDate> opened = ImportValues::date(openedText);
    if (!opened)
        return ImportValues::dateProblem(QStringLiteral("opened_on"), openedText);
    if (*opened > QDate::currentDate())
        return tr("opened_on %1 is in the future.").arg(openedText);

    QVariant managerId(QMetaType::fromType<QString>());
    const QString manager = row.value(QStringLiteral("manager"));
    if (!manager.isEmpty()) {
        const QString id = records.staffIdByUsername(manager);
        if (id.isEmpty())
            return tr("manager '%1' is not a user of this database.").arg(manager);
        managerId = id;
    }

    m_cifLines.insert(cif, line);
    m_idLines.insert(idNumber, line);
    *prepared = {{QStringLiteral("branch_id"), m_session.branch.id},
                 {QStringLiteral("cif_no"), cif},
                 {QStringLiteral("name"), name},
                 {QStringLiteral("gender"), idGender},
                 {QStringLiteral("birth_date"), idBirth.toString(Qt::ISODate)},
                 {QStringLiteral("id_number"), idNumber},
                 {QStringLiteral("phone"), phone},
                 {QStringLiteral("address"), notNull(address)},
                 {QStringLiteral("occupation"), notNull(occupation)},
                 {QStringLiteral("annual_income_fen"), incomeFen},
                 {QStringLiteral("aum_fen"), aumFen},
                 {QStringLiteral("tier"), tier},
                 {QStringLiteral("risk_level"), risk},
                 {QStringLiteral("manager_id"), managerId},
                 {QStringLiteral("opened_on"), openedText}};
    return {};
}

Result<> CustomerImport::apply(const QVariantMap &prepared)
{
    if (const Result<QString> inserted = CoreBankingRecords(m_store).insertCustomer(prepared); !inserted)
        return inserted.error();
    return {};
}

} // namespace bd
