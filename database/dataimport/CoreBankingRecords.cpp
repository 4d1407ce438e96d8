#include "database/dataimport/CoreBankingRecords.h"

#include "app/domain/Uuid7.h"
#include "database/core/SensitiveColumns.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/search/CustomerSearchIndex.h"
#include "database/sync/ChangeRecorder.h"

#include <QSqlError>
#include <QSqlQuery>

namespace bd {

namespace {
// Column names come from the import code's own lists; checked again here so that no
// other name can reach the SQL text.
const QStringList kCustomerColumns = {
        QStringLiteral("branch_id"),   QStringLiteral("cif_no"),        QStringLiteral("name"),
        QStringLiteral("gender"),      QStringLiteral("birth_date"),    QStringLiteral("id_number"),
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

QString CoreBankingRecords::insertCustomer(const QVariantMap &columns)
{
    const QString id = insert(QStringLiteral("customer"), columns, true);
    if (id.isEmpty())
        return {};
    CustomerSearchIndex index(m_store);
    if (!index.update(id)) {
        m_error = index.errorString();
        return {};
    }
    return id;
}

QString CoreBankingRecords::insertHolding(const QVariantMap &columns)
{
    return insert(QStringLiteral("holding"), columns, false);
}

QString CoreBankingRecords::insert(const QString &table, QVariantMap columns, bool withCreatedAt)
{
    const QStringList &allowed = table == QLatin1String("customer") ? kCustomerColumns
                                                                    : kHoldingColumns;
    const QString id = Uuid7Generator::generate();
    const QString now = SqlTime::now();
    QStringList names{QStringLiteral("id")};
    QVariantList values{id};
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        if (!allowed.contains(it.key())) {
            m_error = QStringLiteral("column %1 cannot be imported").arg(it.key());
            return {};
        }
        names << it.key();
        if (!SensitiveColumns::isSensitive(table, it.key()) || it.value().isNull()) {
            values << it.value();
            continue;
        }
        const std::optional<QVariant> sealed = SensitiveColumns::seal(m_store, it.value().toString());
        if (!sealed) { // the file's key is not open: never write personal data in clear
            m_error = SensitiveColumns::lockedMessage();
            return {};
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
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("INSERT INTO %1(%2) VALUES (%3)")
                          .arg(table, names.join(QLatin1Char(',')),
                               QStringList(names.size(), QStringLiteral("?"))
                                       .join(QLatin1Char(','))));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return {};
    }
    ChangeRecorder recorder(m_store);
    const Result<> recorded = recorder.recordUpsert(table, id, columns, 0);
    if (!recorded) {
        m_error = recorded.errorString();
        return {};
    }
    return id;
}

QString CoreBankingRecords::customerIdByCif(const QString &cifNo) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT id FROM customer WHERE cif_no = ?"));
    query.addBindValue(cifNo);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return {};
    }
    return query.next() ? query.value(0).toString() : QString();
}

bool CoreBankingRecords::holdingExists(const QString &customerId, const QString &productCode,
                                       const QString &openedOn) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT 1 FROM holding WHERE customer_id = ? AND "
                                 "product_code = ? AND opened_on = ? AND deleted = 0"));
    query.addBindValue(customerId);
    query.addBindValue(productCode);
    query.addBindValue(openedOn);
    return query.exec() && query.next();
}

QString CoreBankingRecords::staffIdByUsername(const QString &username) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT id FROM staff_user WHERE username = ? AND deleted = 0"));
    query.addBindValue(username);
    return query.exec() && query.next() ? query.value(0).toString() : QString();
}

} // namespace bd
