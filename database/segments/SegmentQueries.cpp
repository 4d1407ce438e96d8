#include "database/segments/SegmentQueries.h"

#include "app/domain/Masking.h"
#include "database/core/BirthYear.h"
#include "database/core/SensitiveColumns.h"
#include "database/core/SqlQuery.h"
#include "database/core/Store.h"
#include "database/segments/SegmentColumns.h"

#include <QHash>

namespace bd {

namespace {
constexpr int kIdsPerStatement = 500; // well under SQLite's bound-variable limit

// One forward-only read: prepared, bound in order, run.
Result<> run(SqlQuery &query, const QString &sql, const QVariantList &values)
{
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.bind(value);
    return query.exec();
}

// The distinct non-empty values of `column` in order, found by skipping through an index led
// by the columns `where` tests (one seek per value; `where` binds its own values, and is bound
// twice): at most `limit`. Each text is fixed by the caller, never input.
QString distinctValuesBySkipping(const QString &table, const QString &column,
                                 const QString &where, int limit)
{
    return QStringLiteral("WITH RECURSIVE v(value) AS ("
                          " SELECT (SELECT min(%2) FROM %1 WHERE (%3) AND %2 > '')"
                          " UNION ALL"
                          " SELECT (SELECT min(%2) FROM %1 WHERE (%3) AND %2 > v.value)"
                          " FROM v WHERE v.value IS NOT NULL)"
                          " SELECT value, value FROM v WHERE value IS NOT NULL LIMIT %4")
            .arg(table, column, where, QString::number(limit));
}
} // namespace

SegmentQueries::SegmentQueries(const Store &store)
    : m_store(store)
{
}

Result<qint64> SegmentQueries::count(const CompiledSegment &segment) const
{
    SqlQuery query(m_store.database());
    if (Result<> ran = run(query, segment.countSql(), segment.binds); !ran || !query.next())
        return ran.error();
    return query.integer64(0);
}

Result<QStringList> SegmentQueries::customerIds(const CompiledSegment &segment,
                                                const QString &orderBy, int limit) const
{
    SqlQuery query(m_store.database());
    QVariantList binds = segment.binds;
    if (limit >= 0)
        binds << limit;
    if (Result<> ran = run(query, segment.idsSql(orderBy, limit >= 0), binds); !ran)
        return ran.error();
    QStringList ids;
    while (query.next())
        ids << query.value(0).toString();
    return ids;
}

Result<QList<QVariantList>> SegmentQueries::rows(const QStringList &ids,
                                                 const QStringList &columns, const QDate &today,
                                                 PersonalData personal) const
{
    QStringList selects{QStringLiteral("c.id")};
    QList<const SegmentColumn *> known;
    for (const QString &code : columns) {
        const SegmentColumn *column = SegmentColumns::find(code);
        known << column;
        selects << (column ? QLatin1String(column->selectSql) : QStringLiteral("NULL"));
    }
    QHash<QString, QVariantList> byId;
    for (qsizetype start = 0; start < ids.size(); start += kIdsPerStatement) {
        const QStringList chunk = ids.mid(start, kIdsPerStatement);
        QStringList marks(chunk.size(), QStringLiteral("?"));
        SqlQuery query(m_store.database());
        const QString sql = QStringLiteral("SELECT %1 FROM customer c WHERE c.id IN (%2)")
                                    .arg(selects.join(QStringLiteral(", ")),
                                         marks.join(QLatin1Char(',')));
        if (Result<> ran = run(query, sql, QVariantList(chunk.cbegin(), chunk.cend())); !ran)
            return ran.error();
        while (query.next()) {
            QVariantList row;
            for (qsizetype i = 0; i < known.size(); ++i) {
                const SegmentColumn *column = known.at(i);
                QVariant value = query.value(int(i) + 1);
                if (!column) {
                    value = QVariant();
                } else if (column->personal != SegmentColumn::Personal::No) {
                    // The masked form for a role that cannot open an identifier.
                    const QString sealedAs = column->personal == SegmentColumn::Personal::Phone
                            ? QStringLiteral("phone")
                            : column->personal == SegmentColumn::Personal::IdNumber
                            ? QStringLiteral("id_number")
                            : QStringLiteral("address");
                    const QString plain = value.isNull()
                            ? QString()
                            : SensitiveColumns::view(m_store, QStringLiteral("customer"),
                                                     sealedAs, value);
                    if (personal == PersonalData::Revealed || plain.isEmpty())
                        value = plain;
                    else if (column->personal == SegmentColumn::Personal::Phone)
                        value = Masking::phone(plain);
                    else if (column->personal == SegmentColumn::Personal::IdNumber)
                        value = Masking::idNumber(plain);
                    else
                        value = Masking::address(plain);
                } else if (columns.at(i) == QLatin1String("age")) {
                    // From the year: the date is sealed (the segment's age rule is the same).
                    const int age = BirthYear::ageIn(value, today.year());
                    value = age >= 0 ? QVariant(age) : QVariant();
                }
                row << value;
            }
            byId.insert(query.value(0).toString(), row);
        }
    }
    QList<QVariantList> result;
    result.reserve(ids.size());
    for (const QString &id : ids) {
        const auto found = byId.constFind(id);
        result << (found != byId.cend() ? *found : QVariantList(columns.size()));
    }
    return result;
}

QList<QPair<QString, QString>> SegmentQueries::choices(const QString &fieldCode,
                                                      const QString &branchId) const
{
    // Each statement is fixed text; only the branch and KYC field names are bound.
    QString sql;
    QVariantList binds;
    if (fieldCode == QLatin1String("tag")) {
        sql = QStringLiteral("SELECT id, category || ': ' || value FROM tag ORDER BY dimension, category, value");
    } else if (fieldCode == QLatin1String("manager")) {
        sql = QStringLiteral("SELECT id, display_name FROM staff_user WHERE branch_id = ? AND deleted = 0 "
                             "AND role IN ('wealth_manager', 'branch_head') ORDER BY display_name");
        binds << branchId;
    } else if (fieldCode == QLatin1String("industry") || fieldCode == QLatin1String("locality")) {
        // Skipping through the (branch, value) index (customer_industry, customer_locality):
        // DISTINCT read every customer of the branch (~0.3 s at 50,000 customers on a busy
        // desk, issue #15).
        sql = distinctValuesBySkipping(
                QStringLiteral("customer c"),
                fieldCode == QLatin1String("industry") ? QStringLiteral("c.industry")
                                                       : QStringLiteral("c.locality"),
                QStringLiteral("c.branch_id = ? AND c.deleted = 0"), 500);
        binds << branchId << branchId;
    } else if (fieldCode == QLatin1String("kyc_expected_return") || fieldCode == QLatin1String("kyc_horizon")) {
        // Skipping through kyc_field_value (field, value_text) as above: DISTINCT read every
        // answer of the field.
        sql = distinctValuesBySkipping(QStringLiteral("kyc_field"), QStringLiteral("value_text"),
                                       QStringLiteral("field = ? AND deleted = 0"), 200);
        const QString field = fieldCode == QLatin1String("kyc_horizon")
                ? QStringLiteral("investment_horizon") : QStringLiteral("expected_return");
        binds << field << field;
    } else {
        return {};
    }
    QList<QPair<QString, QString>> choices;
    SqlQuery query(m_store.database());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : std::as_const(binds))
        query.bind(value);
    if (!query.select())
        return choices;
    while (query.next())
        choices << qMakePair(query.value(0).toString(), query.value(1).toString());
    return choices;
}

} // namespace bd
