#include "database/dashboards/CallOutcomeQuery.h"

#include "app/domain/WorkStates.h"
#include "database/core/SqlQuery.h"

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

Result<QList<CallBatchOutcomes>> CallOutcomeQuery::latestBatches(const DashboardScope &scope,
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
    const Result<> listed = DashboardSql::run(m_store, sql, values, [&](const SqlQuery &q) {
        CallBatchOutcomes batch;
        batch.listId = q.text(0);
        batch.name = q.text(1);
        batch.startsOn = q.date(2);
        batch.endsOn = q.date(3);
        lists.append(batch);
    });
    if (!listed)
        return listed.error();

    // Per list through the (call_list_id, customer_id) key: a few index pages per batch.
    const QString perList = QStringLiteral(
            "SELECT status, COALESCE(outcome, ''), COUNT(*) FROM call_task "
            "WHERE call_list_id = ? AND deleted = 0 GROUP BY 1, 2");
    for (CallBatchOutcomes &batch : lists) {
        const auto addCounts = [&](const SqlQuery &q) {
            const QString status = q.text(0);
            const QString outcome = q.text(1);
            const int count = q.integer(2);
            if (!outcome.isEmpty())
                batch.outcomes[outcome] += count;
            else if (WorkStates::callTaskStatus(status) == CallTaskStatus::Open)
                batch.notCalled += count;
            else
                batch.noOutcome += count;
        };
        if (const Result<> counted = DashboardSql::run(m_store, perList, {batch.listId}, addCounts);
            !counted)
            return counted.error();
    }
    std::reverse(lists.begin(), lists.end()); // oldest first, as a chart reads
    return lists;
}

} // namespace bd
