#include "database/dashboards/AumTrendQuery.h"

#include <QHash>
#include "database/core/SqlQuery.h"

namespace bd {

Result<QList<AumMonthTotal>> AumTrendQuery::months(const DashboardScope &scope,
                                                   const QDate &lastMonth, int months) const
{
    QList<AumMonthTotal> totals;
    for (int back = months - 1; back >= 0; --back)
        totals.append({lastMonth.addMonths(-back).toString(QStringLiteral("yyyy-MM")), Money(), 0});
    if (totals.isEmpty())
        return totals;

    // From the monthly rollup (migration 0016), which counts a snapshot for the customer's
    // current branch and manager while the customer is not deleted: the same figures as
    // summing the scope's customers' aum_snapshot rows, from a few hundred rows.
    QVariantList values{scope.branchId, totals.first().month, totals.last().month};
    QString sql = QStringLiteral(
            "SELECT month, SUM(aum_fen), SUM(customers) FROM aum_month_total "
            "WHERE branch_id = ? AND month BETWEEN ? AND ?");
    if (scope.isBook()) {
        sql += QStringLiteral(" AND manager_id = ?");
        values << scope.managerId;
    }
    sql += QStringLiteral(" GROUP BY month");
    QHash<QString, qsizetype> indexOf;
    for (qsizetype i = 0; i < totals.size(); ++i)
        indexOf.insert(totals.at(i).month, i);
    const Result<> ran = DashboardSql::run(m_store, sql, values, [&](const SqlQuery &q) {
        const qsizetype i = indexOf.value(q.value(0).toString(), -1);
        if (i >= 0) {
            totals[i].aum = Money::fromFen(q.value(1).toLongLong());
            totals[i].customers = q.value(2).toInt();
        }
    });
    if (!ran)
        return ran.error();
    return totals;
}

} // namespace bd
