#pragma once

#include "app/domain/Result.h"

#include "database/dashboards/DashboardScope.h"

#include <QDate>
#include <QList>
#include <QMap>

namespace bd {

// One call list (a 名单制 batch) and what its calls came to.
struct CallBatchOutcomes
{
    QString listId;
    QString name;
    QDate startsOn;
    QDate endsOn;
    QMap<QString, int> outcomes; // call outcome code (reached, interested, ...) -> tasks
    int notCalled = 0;           // still open
    int noOutcome = 0;           // done or skipped without an outcome recorded

    int tasks() const;
    int withOutcome() const;
};

// Dashboard figure: call outcomes per batch, the most recent batches first. In a manager's
// scope: the lists assigned to that manager.
class CallOutcomeQuery
{
public:
    explicit CallOutcomeQuery(Store &store) : m_store(store) {}

    Result<QList<CallBatchOutcomes>> latestBatches(const DashboardScope &scope,
                                                   int batches = 6) const;

private:
    Store &m_store;
};

} // namespace bd
