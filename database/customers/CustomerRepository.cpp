#include "database/customers/CustomerRepository.h"

#include "database/core/BirthYear.h"
#include "database/core/SensitiveColumns.h"
#include "database/core/SqlTime.h"
#include "database/core/SqlQuery.h"
#include "database/core/Store.h"
#include "database/search/CustomerSearchIndex.h"
#include "database/sync/ChangeRecorder.h"

#include <QHash>
#include <QSqlRecord>

namespace bd {

namespace {
const QString kSummarySelect = QStringLiteral(
        "SELECT c.id, c.cif_no, c.name, c.gender, c.birth_date, c.id_number, c.phone, c.tier, "
        "c.aum_fen, c.lifecycle_stage, c.risk_level, c.manager_id, coalesce(s.display_name, ''), "
        "c.birth_year "
        "FROM customer c LEFT JOIN staff_user s ON s.id = c.manager_id "
        "WHERE c.deleted = 0 ");

const QStringList kUpdatableColumns = {
        QStringLiteral("name"),          QStringLiteral("gender"),
        QStringLiteral("birth_date"),    QStringLiteral("birth_year"),
        QStringLiteral("id_number"),     QStringLiteral("phone"),         QStringLiteral("address"),
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
    SqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(kSummarySelect + where + QLatin1Char(' ') + orderAndLimit);
    for (const QVariant &value : values)
        query.bind(value);
    if (!query.select())
        return result;
    while (query.next()) {
        CustomerSummary c;
        c.id = query.value(0).toString();
        c.cifNo = query.value(1).toString();
        c.name = query.value(2).toString();
        c.gender = query.value(3).toString();
        // The date opens for roles that may reveal only; the others' view is the year.
        c.birthDate = QDate::fromString(SensitiveColumns::view(m_store, QStringLiteral("customer"),
                                                               QStringLiteral("birth_date"),
                                                               query.value(4)),
                                        Qt::ISODate);
        c.birthYear = query.value(13).isNull() ? 0 : query.value(13).toInt();
        // Plain for roles that may reveal, the stored masked form for the others.
        c.idNumber = SensitiveColumns::view(m_store, QStringLiteral("customer"),
                                            QStringLiteral("id_number"), query.value(5));
        c.phone = SensitiveColumns::view(m_store, QStringLiteral("customer"),
                                         QStringLiteral("phone"), query.value(6));
        c.tier = query.value(7).toString();
        c.aum = Money::fromFen(query.value(8).toLongLong());
        c.lifecycleStage = CustomerStage::fromCode(query.value(9).toString());
        c.riskLevel = query.value(10).toInt();
        c.managerId = query.value(11).toString();
        c.managerName = query.value(12).toString();
        result << c;
    }
    return result;
}

QList<CustomerSummary> CustomerRepository::find(const QString &input, int limit) const
{
    const QList<CustomerSearchIndex::Hit> hits = CustomerSearchIndex(m_store).lookup(input, limit);
    if (hits.isEmpty())
        return {};
    QHash<QString, int> rankOf;
    QVariantList ids;
    for (const CustomerSearchIndex::Hit &hit : hits) {
        rankOf.insert(hit.customerId.toString(), hit.rank);
        ids << hit.customerId.toString();
    }
    const QString placeholders = QStringList(ids.size(), QStringLiteral("?")).join(QLatin1Char(','));
    QList<CustomerSummary> found
            = select(QStringLiteral("AND c.id IN (%1)").arg(placeholders), ids, QString());
    // Best match first; among equals, the customer with more assets (the one staff most
    // likely mean, and the one that matters most if they do not).
    std::sort(found.begin(), found.end(), [&](const CustomerSummary &a, const CustomerSummary &b) {
        const int rankA = rankOf.value(a.id);
        const int rankB = rankOf.value(b.id);
        return rankA != rankB ? rankA < rankB : a.aum > b.aum;
    });
    if (found.size() > limit)
        found.resize(limit);
    return found;
}

QList<CustomerSummary> CustomerRepository::byManager(const QString &managerId, int limit) const
{
    return select(QStringLiteral("AND c.manager_id = ?"), {managerId},
                  QStringLiteral("ORDER BY c.aum_fen DESC LIMIT %1").arg(limit));
}

std::optional<QVariantMap> CustomerRepository::details(const QString &id) const
{
    SqlQuery query(m_store.database(), QStringLiteral(
            "SELECT c.*, coalesce(s.display_name, '') AS manager_name, b.code AS branch_code "
            "FROM customer c JOIN branch b ON b.id = c.branch_id "
            "LEFT JOIN staff_user s ON s.id = c.manager_id WHERE c.id = ? AND c.deleted = 0"));
    query.bind(id);
    if (!query.select())
        return std::nullopt;
    if (!query.next())
        return std::nullopt;
    QVariantMap row;
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i) {
        const QString field = record.fieldName(i);
        const QString table = QStringLiteral("customer");
        row.insert(field, SensitiveColumns::isIdentifier(table, field)
                                  ? QVariant(SensitiveColumns::view(m_store, table, field,
                                                                    query.value(i)))
                                  : SensitiveColumns::openColumn(m_store, table, field,
                                                                 query.value(i)));
    }
    return row;
}

QString CustomerRepository::idByCif(const QString &cifNo) const
{
    SqlQuery query(m_store.database(),
                   QStringLiteral("SELECT id FROM customer WHERE cif_no = ? COLLATE NOCASE "
                                  "AND deleted = 0 ORDER BY cif_no = ? DESC LIMIT 1"));
    query.bind(cifNo);
    query.bind(cifNo);
    if (!query.select())
        return {};
    return query.next() ? query.value(0).toString() : QString();
}

Result<CustomerRepository::UpdateResult> CustomerRepository::update(const QString &id,
                                                                    const QVariantMap &edited,
                                                                    int baseVersion)
{
    QVariantMap columns = edited;
    BirthYear::complete(QStringLiteral("customer"), columns); // the date is sealed: SQL cannot
    QStringList assignments;
    QVariantList values;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        if (!kUpdatableColumns.contains(it.key()))
            return Error(QStringLiteral("column %1 cannot be updated").arg(it.key()));
        const std::optional<QVariant> stored
                = SensitiveColumns::sealColumn(m_store, QStringLiteral("customer"), it.key(), it.value());
        if (!stored)
            return Error(SensitiveColumns::lockedMessage());
        assignments << it.key() + QStringLiteral(" = ?");
        values << *stored;
    }
    if (assignments.isEmpty())
        return UpdateResult::Updated;

    SqlQuery query(m_store.database(),
                   QStringLiteral("UPDATE customer SET %1, updated_at = ?, version = version + 1 "
                                  "WHERE id = ? AND version = ? AND deleted = 0")
                           .arg(assignments.join(QStringLiteral(", "))));
    for (const QVariant &value : std::as_const(values))
        query.bind(value);
    query.bind(SqlTime::now()).bind(id).bind(baseVersion);
    if (Result<> ran = query.exec(); !ran)
        return ran.error();
    if (query.rowsAffected() == 0)
        return details(id) ? UpdateResult::VersionConflict : UpdateResult::NotFound;

    ChangeRecorder recorder(m_store);
    if (const Result<> recorded
        = recorder.recordUpsert(QStringLiteral("customer"), id, columns, baseVersion);
        !recorded)
        return recorded.error();
    const bool searchKeysChanged = columns.contains(QStringLiteral("name"))
            || columns.contains(QStringLiteral("phone"))
            || columns.contains(QStringLiteral("id_number"))
            || columns.contains(QStringLiteral("address")); // households' blind key
    if (searchKeysChanged) {
        CustomerSearchIndex index(m_store);
        if (Result<> indexed = index.update(CustomerId(id)); !indexed)
            return indexed.error();
    }
    return UpdateResult::Updated;
}

int CustomerRepository::count() const
{
    SqlQuery query(m_store.database(),
                   QStringLiteral("SELECT count(*) FROM customer WHERE deleted = 0"));
    if (query.select() && query.next())
        return query.integer(0);
    return 0;
}

} // namespace bd
