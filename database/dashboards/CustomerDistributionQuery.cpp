#include "database/dashboards/CustomerDistributionQuery.h"

#include "database/core/SqlQuery.h"

namespace bd {

Result<QMap<QString, int>> CustomerDistributionQuery::counts(const DashboardScope &scope,
                                                             By by) const
{
    QMap<QString, int> counts;
    QVariantList values;
    // Answered from the customer_dashboard index alone, without reading customer rows.
    const QString column = by == By::Tier ? QStringLiteral("c.tier")
                                          : QStringLiteral("c.lifecycle_stage");
    const QString sql = QStringLiteral("SELECT %1, COUNT(*) FROM %2 WHERE %3 GROUP BY %1")
                                .arg(column, DashboardScope::customersByIndex(QStringLiteral("c")),
                                     scope.customerCondition(QStringLiteral("c"), values));
    const Result<> ran = DashboardSql::run(m_store, sql, values, [&](const SqlQuery &q) {
        counts.insert(q.text(0), q.integer(1));
    });
    if (!ran)
        return ran.error();
    return counts;
}

} // namespace bd
