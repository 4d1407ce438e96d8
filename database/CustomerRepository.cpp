#include "CustomerRepository.h"

#include "ChangeRecorder.h"
#include "SqlTime.h"
#include "Store.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace bd {

namespace {
const QString kSummarySelect = QStringLiteral(
        "SELECT c.id, c.cif_no, c.name, c.gender, c.birth_date, c.id_number, c.phone, c.tier, "
        "c.aum_fen, c.lifecycle_stage, c.risk_level, c.manager_id, coalesce(s.display_name, '') "
        "FROM customer c LEFT JOIN staff_user s ON s.id = c.manager_id "
        "WHERE c.deleted = 0 ");

const QStringList kUpdatableColumns = {
        QStringLiteral("name"),          QStringLiteral("gender"),
        QStringLiteral("birth_date"),    QStringLiteral("id_number"),
        QStringLiteral("phone"),         QStringLiteral("address"),
        QStringLiteral("occupation"),    QStringLiteral("industry"),
        QStringLiteral("education"),     QStringLiteral("marital_status"),
        QStringLiteral("annual_income_fen"), QStringLiteral("aum_fen"),
        QStringLiteral("tier"),          QStringLiteral("risk_level"),
        QStringLiteral("lifecycle_stage"), QStringLiteral("manager_id"),
        QStringLiteral("assignment_mode"), QStringLiteral("do_not_contact"),
        QStringLiteral("marketing_consent"), QStringLiteral("previous_tier"),
        QStringLiteral("tier_changed_on"), QStringLiteral("preferred_contact")};
} // namespace

CustomerRepository::CustomerRepository(Store &store)
    : m_store(store)
{
}

QList<CustomerSummary> CustomerRepository::select(const QString &where, const QVariantList &values,
                                                  const QString &orderAndLimit) const
{
    QList<CustomerSummary> result;
    QSqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(kSummarySelect + where + QLatin1Char(' ') + orderAndLimit);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return result;
    }
    while (query.next()) {
        CustomerSummary c;
        c.id = query.value(0).toString();
        c.cifNo = query.value(1).toString();
        c.name = query.value(2).toString();
        c.gender = query.value(3).toString();
        c.birthDate = QDate::fromString(query.value(4).toString(), Qt::ISODate);
        c.idNumber = query.value(5).toString();
        c.phone = query.value(6).toString();
        c.tier = query.value(7).toString();
        c.aumFen = query.value(8).toLongLong();
        c.lifecycleStage = query.value(9).toString();
        c.riskLevel = query.value(10).toInt();
        c.managerId = query.value(11).toString();
        c.managerName = query.value(12).toString();
        result << c;
    }
    return result;
}

QList<CustomerSummary> CustomerRepository::find(const QString &input, int limit) const
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return {};
    const QString order = QStringLiteral("ORDER BY c.aum_fen DESC LIMIT %1").arg(limit);
    static const QRegularExpression digits(QStringLiteral("^\\d+[xX]?$"));
    static const QRegularExpression cif(QStringLiteral("^[cC]\\d+$"));
    if (cif.match(text).hasMatch())
        return select(QStringLiteral("AND c.cif_no LIKE ? ESCAPE '\\'"), {text.toUpper() + QLatin1Char('%')},
                      order);
    if (digits.match(text).hasMatch()) {
        const QString upper = text.toUpper();
        if (upper.size() == 11 || upper.size() == 18)
            return select(QStringLiteral("AND (c.phone = ? OR c.id_number = ?)"), {upper, upper},
                          order);
        if (upper.size() >= 4)
            return select(QStringLiteral("AND (c.phone LIKE ? OR c.id_number LIKE ?)"),
                          {QLatin1Char('%') + upper, QLatin1Char('%') + upper}, order);
        return {};
    }
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return select(QStringLiteral("AND c.name LIKE ? ESCAPE '\\'"),
                  {QLatin1Char('%') + escaped + QLatin1Char('%')}, order);
}

QList<CustomerSummary> CustomerRepository::byManager(const QString &managerId, int limit) const
{
    return select(QStringLiteral("AND c.manager_id = ?"), {managerId},
                  QStringLiteral("ORDER BY c.aum_fen DESC LIMIT %1").arg(limit));
}

std::optional<QVariantMap> CustomerRepository::details(const QString &id) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral(
            "SELECT c.*, coalesce(s.display_name, '') AS manager_name, b.code AS branch_code "
            "FROM customer c JOIN branch b ON b.id = c.branch_id "
            "LEFT JOIN staff_user s ON s.id = c.manager_id WHERE c.id = ? AND c.deleted = 0"));
    query.addBindValue(id);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    QVariantMap row;
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i)
        row.insert(record.fieldName(i), query.value(i));
    return row;
}

CustomerRepository::UpdateResult CustomerRepository::update(const QString &id,
                                                            const QVariantMap &columns,
                                                            int baseVersion)
{
    QStringList assignments;
    QVariantList values;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        if (!kUpdatableColumns.contains(it.key())) {
            m_error = QStringLiteral("column %1 cannot be updated").arg(it.key());
            return UpdateResult::Failed;
        }
        assignments << it.key() + QStringLiteral(" = ?");
        values << it.value();
    }
    if (assignments.isEmpty())
        return UpdateResult::Updated;

    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("UPDATE customer SET %1, updated_at = ?, version = version + 1 "
                                 "WHERE id = ? AND version = ? AND deleted = 0")
                          .arg(assignments.join(QStringLiteral(", "))));
    for (const QVariant &value : std::as_const(values))
        query.addBindValue(value);
    query.addBindValue(SqlTime::now());
    query.addBindValue(id);
    query.addBindValue(baseVersion);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return UpdateResult::Failed;
    }
    if (query.numRowsAffected() == 0)
        return details(id) ? UpdateResult::VersionConflict : UpdateResult::NotFound;

    ChangeRecorder recorder(m_store);
    if (!recorder.recordUpsert(QStringLiteral("customer"), id, columns, baseVersion)) {
        m_error = recorder.errorString();
        return UpdateResult::Failed;
    }
    return UpdateResult::Updated;
}

int CustomerRepository::count() const
{
    QSqlQuery query(m_store.database());
    if (query.exec(QStringLiteral("SELECT count(*) FROM customer WHERE deleted = 0")) && query.next())
        return query.value(0).toInt();
    return 0;
}

} // namespace bd
