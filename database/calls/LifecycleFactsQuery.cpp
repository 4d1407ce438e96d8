#include "database/calls/LifecycleFactsQuery.h"

#include "database/core/SqlQuery.h"
#include "database/core/Store.h"

namespace bd {

namespace {
QDate dateOf(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString().left(10), Qt::ISODate);
}

// The facts LifecycleRules looks at, one row per customer (the id last); `which` picks the
// customers. One text for the single customer and the whole book, so both read the same.
// Binds factsValues(), then what `which` needs.
QString lifecycleFactsSql(const QString &which)
{
    return QStringLiteral(R"(
        SELECT c.lifecycle_stage, c.lifecycle_reason, c.version, c.opened_on, c.aum_fen, c.tier,
               COALESCE(c.previous_tier, ''), c.tier_changed_on,
               (SELECT COUNT(DISTINCT h.product_family) FROM holding h WHERE h.customer_id = c.id
                  AND h.status = ? AND h.deleted = 0 AND h.product_family <> 'loan'),
               (SELECT MAX(x.occurred_at) FROM txn x WHERE x.customer_id = c.id),
               (SELECT MAX(e.occurred_at) FROM customer_event e WHERE e.customer_id = c.id
                  AND e.kind = 'account_closing'),
               (SELECT s.aum_fen FROM aum_snapshot s WHERE s.customer_id = c.id AND s.month <= ?
                  ORDER BY s.month DESC LIMIT 1),
               c.id
        FROM customer c WHERE c.deleted = 0 )")
            + which;
}

LifecycleFacts lifecycleFactsFrom(const SqlQuery &q)
{
    LifecycleFacts facts;
    facts.found = true;
    facts.stage = WorkStates::storedLifecycleStage(q.value(0).toString());
    facts.reason = q.value(1).toString();
    facts.version = q.value(2).toInt();
    facts.openedOn = dateOf(q.value(3));
    facts.aum = Money::fromFen(q.value(4).toLongLong());
    facts.tier = q.value(5).toString();
    facts.previousTier = q.value(6).toString();
    facts.tierChangedOn = dateOf(q.value(7));
    facts.productFamilies = q.value(8).toInt();
    facts.lastTransactionOn = dateOf(q.value(9));
    facts.accountClosingOn = dateOf(q.value(10));
    if (!q.value(11).isNull())
        facts.aumSixMonthsAgo = Money::fromFen(q.value(11).toLongLong());
    return facts;
}

// The values lifecycleFactsSql() binds before `which`'s: the holding status counted (from
// WorkStates' code, not spelt in the SQL) and the month six months back.
QVariantList factsValues(const QDate &today)
{
    return { WorkStates::code(HoldingStatus::Active),
             today.addMonths(-6).toString(QStringLiteral("yyyy-MM")) };
}
} // namespace

LifecycleFactsQuery::LifecycleFactsQuery(Store &store)
    : m_store(store)
{
}

LifecycleFacts LifecycleFactsQuery::of(const CustomerId &customerId, const QDate &today) const
{
    LifecycleFacts facts;
    SqlQuery::selectEach(m_store.database(), lifecycleFactsSql(QStringLiteral("AND c.id = ?")),
                         factsValues(today) << customerId.toString(),
                         [&](const SqlQuery &q) { facts = lifecycleFactsFrom(q); });
    return facts;
}

void LifecycleFactsQuery::each(
        const QString &branchId, const QString &managerId, const QDate &today,
        const std::function<void(const CustomerId &, const LifecycleFacts &)> &visit) const
{
    // The manager_id or branch_id index leads, as in CallQueries.
    const QString which = managerId.isEmpty() ? QStringLiteral("AND c.branch_id = ?")
                                              : QStringLiteral("AND c.manager_id = ?");
    SqlQuery::selectEach(
            m_store.database(), lifecycleFactsSql(which),
            factsValues(today) << (managerId.isEmpty() ? branchId : managerId),
            [&](const SqlQuery &q) {
                visit(CustomerId(q.value(12).toString()), lifecycleFactsFrom(q));
            });
}

} // namespace bd
