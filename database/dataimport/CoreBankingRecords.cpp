#include "database/dataimport/CoreBankingRecords.h"

#include "app/domain/Uuid7.h"
#include "database/core/BirthYear.h"
#include "database/core/SensitiveColumns.h"
#include "database/core/SqlTime.h"
#include "database/core/SqlQuery.h"
#include "database/core/Store.h"
#include "database/search/CustomerSearchIndex.h"
#include "database/sync/ChangeRecorder.h"


namespace bd {

namespace {
// Column names come from the import code's own lists; checked again here so that no
// other name can reach the SQL text.
const QStringList kCustomerColumns = {
        QStringLiteral("branch_id"),   QStringLiteral("cif_no"),        QStringLiteral("name"),
        QStringLiteral("gender"),      QStringLiteral("birth_date"),    QStringLiteral("birth_year"),
        QStringLiteral("id_number"),
        QStringLiteral("phone"),       QStringLiteral("address"),       QStringLiteral("occupation"),
        QStringLiteral("annual_income_fen"), QStringLiteral("aum_fen"), QStringLiteral("tier"),
        QStringLiteral("risk_level"),  QStringLiteral("manager_id"),    QStringLiteral("opened_on"),
        QStringLiteral("marketing_consent")};
const QStringList kHoldingColumns = {
        QStringLiteral("customer_id"), QStringLiteral("product_family"),
        QStringLiteral("product_code"), QStringLiteral("product_name"),
        QStringLiteral("amount_fen"),  QStringLiteral("rate_bp"),  QStringLiteral("opened_on"),
        QStringLiteral("maturity_date"), QStringLiteral("status")};
} // namespace

CoreBankingRecords::CoreBankingRecords(Store &store)
    : m_store(store)
{
}

Result<QString> CoreBankingRecords::insertCustomer(const QVariantMap &columns)
{
    const Result<QString> id = insert(QStringLiteral("customer"), columns, true);
    if (!id)
        return id;
    if (Result<> indexed = CustomerSearchIndex(m_store).update(CustomerId(*id)); !indexed)
        return indexed.error();
    return id;
}

Result<QString> CoreBankingRecords::insertHolding(const QVariantMap &columns)
{
    return insert(QStringLiteral("holding"), columns, false);
}

Result<QString> CoreBankingRecords::insert(const QString &table, QVariantMap columns,
                                           bool withCreatedAt)
{
    const QStringList &allowed = table == QLatin1String("customer") ? kCustomerColumns
                                                                    : kHoldingColumns;
    BirthYear::complete(table, columns); // the date is sealed below: its year stays plain
    const QString id = Uuid7Generator::generate();
    const QString now = SqlTime::now();
    QStringList names{QStringLiteral("id")};
    QVariantList values{id};
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        if (!allowed.contains(it.key()))
            return Error(QStringLiteral("column %1 cannot be imported").arg(it.key()));
        names << it.key();
        if (!SensitiveColumns::isSensitive(table, it.key()) || it.value().isNull()) {
            values << it.value();
            continue;
        }
        const std::optional<QVariant> sealed = SensitiveColumns::sealColumn(
                m_store, table, it.key(), it.value().toString());
        if (!sealed) { // the file's key is not open: never write personal data in clear
            return Error(SensitiveColumns::lockedMessage());
        }
        values << *sealed;
    }
    if (withCreatedAt) {
        names << QStringLiteral("created_at");
        values << now;
        columns.insert(QStringLiteral("created_at"), now);
    }
    names << QStringLiteral("updated_at");
    values << now;
    SqlQuery query(m_store.database(), QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                          .arg(table, names.join(QLatin1Char(',')),
                               QStringList(names.size(), QStringLiteral("?"))
                                       .join(QLatin1Char(','))));
    for (const QVariant &value : std::as_const(values))
        query.bind(value);
    if (Result<> ran = query.exec(); !ran)
        return ran.error();
    ChangeRecorder recorder(m_store);
    if (const Result<> recorded = recorder.recordUpsert(table, id, columns, 0); !recorded)
        return recorded.error();
    return id;
}

CustomerId CoreBankingRecords::customerIdByCif(const QString &cifNo) const
{
    SqlQuery query(m_store.database(), QStringLiteral("SELECT id FROM customer WHERE cif_no = ?"));
    query.bind(cifNo);
    if (!query.select())
        return {};
    return query.next() ? CustomerId(query.value(0).toString()) : CustomerId();
}

bool CoreBankingRecords::holdingExists(const CustomerId &customer, const QString &productCode,
                                       const QString &openedOn) const
{
    SqlQuery query(m_store.database(),
                QStringLiteral("SELECT 1 FROM holding WHERE customer_id = ? AND "
                                 "product_code = ? AND opened_on = ? AND deleted = 0"));
    query.bind(customer);
    query.bind(productCode);
    query.bind(openedOn);
    return query.select() && query.next();
}

QString CoreBankingRecords::staffIdByUsername(const QString &username) const
{
    SqlQuery query(m_store.database(),
                QStringLiteral("SELECT id FROM staff_user WHERE username = ? AND deleted = 0"));
    query.bind(username);
    return query.select() && query.next() ? query.text(0) : QString();
}

} // namespace bd
