#include "app/services/dataimport/HoldingImport.h"

#include "app/domain/WorkStates.h"
#include "app/services/dataimport/ImportValues.h"
#include "database/core/Store.h"
#include "database/dataimport/CoreBankingRecords.h"

namespace bd {

namespace {
const QStringList kFamilies{QStringLiteral("deposit"),   QStringLiteral("wealth"),
                            QStringLiteral("fund"),      QStringLiteral("insurance"),
                            QStringLiteral("precious_metal"), QStringLiteral("bond"),
                            QStringLiteral("trust"),     QStringLiteral("loan")};
// The codes a file may give, as holding.status stores them (WorkStates maps them).
QStringList statusCodes()
{
    QStringList codes;
    for (const HoldingStatus status :
         {HoldingStatus::Active, HoldingStatus::Matured, HoldingStatus::Closed})
        codes << WorkStates::code(status);
    return codes;
}
} // namespace

QList<CoreBankingImport::ColumnSpec> HoldingImport::columns() const
{
    return {
            {QStringLiteral("cif_no"), true, tr("customer number; the customer must already be "
                                                "in the database")},
            {QStringLiteral("product_family"), true, tr("one of %1").arg(kFamilies.join(
                                                             QStringLiteral(", ")))},
            {QStringLiteral("product_code"), true, tr("product code, at most 32 characters")},
            {QStringLiteral("product_name"), true, tr("product name, at most 100 characters")},
            {QStringLiteral("amount"), true, tr("amount held in yuan with at most two "
                                                "decimals")},
            {QStringLiteral("rate_percent"), false, tr("expected annual return in percent, "
                                                       "e.g. 3.25")},
            {QStringLiteral("opened_on"), true, tr("YYYY-MM-DD")},
            {QStringLiteral("maturity_date"), false, tr("YYYY-MM-DD, not before opened_on; "
                                                        "empty for open-ended products")},
            {QStringLiteral("status"), false, tr("active, matured or closed (default active)")},
    };
}

QString HoldingImport::validate(const Row &row, int line, QVariantMap *prepared)
{
    CoreBankingRecords records(m_store);
    const QString cif = row.value(QStringLiteral("cif_no"));
    const CustomerId customerId = cif.isEmpty() ? CustomerId() : records.customerIdByCif(cif);
    if (customerId.isEmpty())
        return tr("cif_no '%1' is not a customer in the database.").arg(cif);

    const QString family = row.value(QStringLiteral("product_family")).toLower();
    if (!kFamilies.contains(family))
        return tr("product_family '%1' is not one of %2.")
                .arg(family, kFamilies.join(QStringLiteral(", ")));
    const QString code = row.value(QStringLiteral("product_code"));
    if (code.isEmpty() || code.size() > 32)
        return tr("product_code is empty or longer than 32 characters.");
    const QString name = row.value(QStringLiteral("product_name"));
    if (name.isEmpty() || name.size() > 100)
        return tr("product_name is empty or longer than 100 characters.");

    const QString amountText = row.value(QStringLiteral("amount"));
    const std::optional<qint64> amount = ImportValues::yuanToFen(amountText);
    if (!amount)
        return ImportValues::amountProblem(QStringLiteral("amount"), amountText);

    QVariant rate(QMetaType::fromType<int>());
    const QString rateText = row.value(QStringLiteral("rate_percent"));
    if (!rateText.isEmpty()) {
        const std::optional<int> bp = ImportValues::percentToBasisPoints(rateText);
        if (!bp)
            return tr("rate_percent '%1' is not a percentage from 0 to 100 with at most two "
                      "decimals.").arg(rateText);
        rate = *bp;
    }

    const QString openedText = row.value(QStringLiteral("opened_on"));
    const std::optional<QDate> opened = ImportValues::date(openedText);
    if (!opened)
        return ImportValues::dateProblem(QStringLiteral("opened_on"), openedText);
    QVariant maturity(QMetaType::fromType<QString>());
    const QString maturityText = row.value(QStringLiteral("maturity_date"));
    if (!maturityText.isEmpty()) {
        const std::optional<QDate> date = ImportValues::date(maturityText);
        if (!date)
            return ImportValues::dateProblem(QStringLiteral("maturity_date"), maturityText);
        if (*date < *opened)
            return tr("maturity_date %1 is before opened_on %2.").arg(maturityText, openedText);
        maturity = maturityText;
    }
    const QString statusText = row.value(QStringLiteral("status")).toLower();
    const std::optional<HoldingStatus> status = statusText.isEmpty()
            ? HoldingStatus::Active
            : WorkStates::holdingStatus(statusText);
    if (!status)
        return tr("status '%1' is not one of %2.")
                .arg(statusText, statusCodes().join(QStringLiteral(", ")));

    const QString key = cif + QLatin1Char('|') + code + QLatin1Char('|') + openedText;
    if (m_keyLines.contains(key))
        return tr("the same product, customer and opening date already appear on line %1.")
                .arg(m_keyLines.value(key));
    if (records.holdingExists(customerId, code, openedText))
        return tr("this holding (customer, product, opening date) is already in the database.");
    m_keyLines.insert(key, line);

    *prepared = {{QStringLiteral("customer_id"), customerId.toString()},
                 {QStringLiteral("product_family"), family},
                 {QStringLiteral("product_code"), code},
                 {QStringLiteral("product_name"), name},
                 {QStringLiteral("amount_fen"), *amount},
                 {QStringLiteral("rate_bp"), rate},
                 {QStringLiteral("opened_on"), openedText},
                 {QStringLiteral("maturity_date"), maturity},
                 {QStringLiteral("status"), WorkStates::code(*status)}};
    return {};
}

Result<> HoldingImport::apply(const QVariantMap &prepared)
{
    if (const Result<QString> inserted = CoreBankingRecords(m_store).insertHolding(prepared); !inserted)
        return inserted.error();
    return {};
}

} // namespace bd
