#include "database/dashboards/CustomerDistributionQuery.h"

#include "database/core/SqlQuery.h"

namespace bd {

Result<QMap<QString, int>> CustomerDistributionQuery::counts(const DashboardScope &scope,
                                                             By by) const
{
    QMap<QString, int> counts;
    QVariantList values;
    // From the kept counts (customer_figure, migration 0033): a few dozen rows per branch
    // instead of every customer's index entry.
    const QString column = by == By::Tier ? QStringLiteral("tier")
                                          : QStringLiteral("lifecycle_stage");
    const QString sql = QStringLiteral("SELECT %1, SUM(customers) FROM customer_figure WHERE %2 "
                                       "GROUP BY %1")
                                .arg(column, scope.figureCondition(values));
    const Result<> ran = DashboardSql::run(m_store, sql, values, [&](const SqlQuery &q) {
        counts.insert(q.text(0), q.integer(1));
    });
    if (!ran)
        return ran.error();
    return counts;
}

} // namespace bd
