#include "AumTrendQuery.h"

#include <QHash>
#include <QSqlQuery>

namespace bd {

QList<AumMonthTotal> AumTrendQuery::months(const DashboardScope &scope, const QDate &lastMonth,
                                           int months) const
{
    QList<AumMonthTotal> totals;
    for (int back = months - 1; back >= 0; --back)
        totals.append({lastMonth.addMonths(-back).toString(QStringLiteral("yyyy-MM")), 0, 0});
    if (totals.isEmpty())
        return totals;

    QVariantList values;
    const QString condition = scope.customerCondition(QStringLiteral("c"), values);
    values << totals.first().month << totals.last().month;
    // Customers first (CROSS JOIN keeps that order), then each one's months by primary key:
    // a book reads only its own snapshots.
    const QString sql = QStringLiteral(
            "SELECT a.month, SUM(a.aum_fen), COUNT(*) FROM %1 "
            "CROSS JOIN aum_snapshot a ON a.customer_id = c.id "
            "WHERE %2 AND a.month BETWEEN ? AND ? GROUP BY a.month")
            .arg(DashboardScope::customersByIndex(QStringLiteral("c")), condition);
    QHash<QString, qsizetype> indexOf;
    for (qsizetype i = 0; i < totals.size(); ++i)
        indexOf.insert(totals.at(i).month, i);
    DashboardSql::run(m_store, sql, values, [&](const QSqlQuery &q) {
        const qsizetype i = indexOf.value(q.value(0).toString(), -1);
        if (i >= 0) {
            totals[i].aumFen = q.value(1).toLongLong();
            totals[i].customers = q.value(2).toInt();
        }
    }, m_error);
    return totals;
}

} // namespace bd
