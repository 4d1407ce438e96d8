#include "database/dashboards/LifecycleDistributionQuery.h"

#include <QSqlQuery>

namespace bd {

QMap<QString, int> LifecycleDistributionQuery::counts(const DashboardScope &scope) const
{
    QMap<QString, int> counts;
    QVariantList values;
    // Answered from the customer_dashboard index alone, without reading customer rows.
    const QString sql = QStringLiteral("SELECT c.lifecycle_stage, COUNT(*) FROM %1 WHERE %2 "
                                       "GROUP BY c.lifecycle_stage")
                                .arg(DashboardScope::customersByIndex(QStringLiteral("c")),
                                     scope.customerCondition(QStringLiteral("c"), values));
    DashboardSql::run(m_store, sql, values, [&](const QSqlQuery &q) {
        counts.insert(q.value(0).toString(), q.value(1).toInt());
    }, m_error);
    return counts;
}

} // namespace bd
