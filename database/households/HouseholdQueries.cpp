#include "database/households/HouseholdQueries.h"

#include "database/core/SqlQuery.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace bd {

Money HouseholdRow::aum() const
{
    Money sum;
    for (const HouseholdMemberRow &member : members)
        sum += member.aum;
    return sum;
}

const HouseholdMemberRow *HouseholdRow::head() const
{
    for (const HouseholdMemberRow &member : members) {
        if (member.relation == QLatin1String("head"))
            return &member;
    }
    return nullptr;
}

HouseholdQueries::HouseholdQueries(Store &store)
    : m_store(store)
{
}

Result<std::optional<HouseholdRow>> HouseholdQueries::ofCustomer(const CustomerId &customer) const
{
    struct Row
    {
        HouseholdId household;
        HouseholdMemberRow member;
    };
    const Result<QList<Row>> rows = SqlQuery::readAll<Row>(
            m_store.database(),
            QStringLiteral(R"(
        SELECT m.household_id, c.id, c.name, c.cif_no, m.relation, c.tier, c.aum_fen,
               coalesce(m.linked_at, '')
        FROM household_member me
        JOIN household h ON h.id = me.household_id AND h.deleted = 0
        JOIN household_member m ON m.household_id = me.household_id AND m.deleted = 0
        JOIN customer c ON c.id = m.customer_id AND c.deleted = 0
        WHERE me.id = ? AND me.deleted = 0
        ORDER BY m.relation <> 'head', c.aum_fen DESC, c.id)"),
            {customer.toString()}, [](const SqlQuery &row) {
                Row read;
                read.household = HouseholdId(row.text(0));
                read.member.customerId = CustomerId(row.text(1));
                read.member.name = row.text(2);
                read.member.cifNo = row.text(3);
                read.member.relation = row.text(4);
                read.member.tier = row.text(5);
                read.member.aum = row.money(6);
                read.member.linkedOn = SqlTime::parseTimestamp(row.text(7)).toLocalTime().date();
                return read;
            });
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<HouseholdRow>();
    HouseholdRow household;
    household.id = rows->first().household;
    for (const Row &row : *rows)
        household.members << row.member;
    return std::optional<HouseholdRow>(household);
}

Result<QHash<CustomerId, HouseholdTotals>>
HouseholdQueries::totals(const QList<CustomerId> &customers) const
{
    QJsonArray ids;
    for (const CustomerId &customer : customers)
        ids.append(customer.toString());
    struct Row
    {
        CustomerId customer;
        HouseholdTotals totals;
    };
    const Result<QList<Row>> rows = SqlQuery::readAll<Row>(
            m_store.database(),
            QStringLiteral(R"(
        SELECT j.value, coalesce(h.id, ''),
               CASE WHEN h.id IS NULL THEN 1 ELSE
                   (SELECT count(*) FROM household_member m JOIN customer mc
                        ON mc.id = m.customer_id AND mc.deleted = 0
                    WHERE m.household_id = h.id AND m.deleted = 0) END,
               CASE WHEN h.id IS NULL THEN coalesce(c.aum_fen, 0) ELSE
                   (SELECT coalesce(sum(mc.aum_fen), 0) FROM household_member m
                    JOIN customer mc ON mc.id = m.customer_id AND mc.deleted = 0
                    WHERE m.household_id = h.id AND m.deleted = 0) END
        FROM json_each(?) j
        LEFT JOIN customer c ON c.id = j.value
        LEFT JOIN household_member me ON me.id = j.value AND me.deleted = 0
        LEFT JOIN household h ON h.id = me.household_id AND h.deleted = 0)"),
            {QString::fromUtf8(QJsonDocument(ids).toJson(QJsonDocument::Compact))},
            [](const SqlQuery &row) {
                return Row{CustomerId(row.text(0)),
                           HouseholdTotals{HouseholdId(row.text(1)), row.integer(2), row.money(3)}};
            });
    if (!rows)
        return rows.error();
    QHash<CustomerId, HouseholdTotals> result;
    for (const Row &row : *rows)
        result.insert(row.customer, row.totals);
    return result;
}

} // namespace bd
