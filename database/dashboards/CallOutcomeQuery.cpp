#include "database/dashboards/CallOutcomeQuery.h"

#include <QSqlQuery>

#include <algorithm>

namespace bd {

int CallBatchOutcomes::withOutcome() const
{
    int total = 0;
    for (int count : outcomes)
        total += count;
    return total;
}

int CallBatchOutcomes::tasks() const
{
    return withOutcome() + notCalled + noOutcome;
}

QList<CallBatchOutcomes> CallOutcomeQuery::latestBatches(const DashboardScope &scope,
                                                         int batches) const
{
    QList<CallBatchOutcomes> lists;
    QVariantList values{scope.branchId};
    QString sql = QStringLiteral("SELECT id, name, starts_on, ends_on FROM call_list "
                                 "WHERE branch_id = ? AND deleted = 0");
    if (scope.isBook()) {
        sql += QStringLiteral(" AND assigned_to = ?");
        values << scope.managerId;
    }
    sql += QStringLiteral(" ORDER BY starts_on DESC, id DESC LIMIT ?");
    values << batches;
    if (!DashboardSql::run(m_store, sql, values, [&](const QSqlQuery &q) {
            CallBatchOutcomes batch;
            batch.listId = q.value(0).toString();
            batch.name = q.value(1).toString();
            batch.startsOn = QDate::fromString(q.value(2).toString(), Qt::ISODate);
            batch.endsOn = QDate::fromString(q.value(3).toString(), Qt::ISODate);
            lists.append(batch);
        }, m_error))
        return {};

    // Per list through the (call_list_id, customer_id) key: a few index pages per batch.
    const QString perList = QStringLiteral(
            "SELECT status, COALESCE(outcome, ''), COUNT(*) FROM call_task "
            "WHERE call_list_id = ? AND deleted = 0 GROUP BY 1, 2");
    for (CallBatchOutcomes &batch : lists) {
        DashboardSql::run(m_store, perList, {batch.listId}, [&](const QSqlQuery &q) {
            const QString status = q.value(0).toString();
            const QString outcome = q.value(1).toString();
            const int count = q.value(2).toInt();
            if (!outcome.isEmpty())
                batch.outcomes[outcome] += count;
            else if (status == QLatin1String("open"))
                batch.notCalled += count;
            else
                batch.noOutcome += count;
        }, m_error);
    }
    std::reverse(lists.begin(), lists.end()); // oldest first, as a chart reads
    return lists;
}

} // namespace bd
