#include "app/demo/DemoLifecycleStages.h"

#include "app/demo/DemoSql.h"
#include "app/services/calls/LifecycleRules.h"
#include "database/calls/LifecycleFactsQuery.h"
#include "database/core/Store.h"

#include <QList>

namespace bd::demo {

Result<qint64> DemoLifecycleStages::placeInOpenTransaction(Store &store, const QString &branchId,
                                                           const QDate &today)
{
    struct Placing
    {
        CustomerId customerId;
        LifecycleRules::Verdict verdict; // the reason is a literal: shared, not copied per row
    };
    // Read first, then write: the facts statement walks the customer table being updated.
    QList<Placing> placings;
    LifecycleFactsQuery(store).each(
            branchId, {}, today, [&](const CustomerId &id, const LifecycleFacts &facts) {
                const LifecycleRules::Verdict verdict = LifecycleRules::evaluate(facts, today);
                if (!(facts.stage == verdict.stage) || verdict.reason != facts.reason)
                    placings.append({ id, verdict });
            });
    QString error;
    DemoStatement update(
            Store::nativeHandle(store.database()),
            "UPDATE customer SET lifecycle_stage = ?, lifecycle_reason = ? WHERE id = ?", error);
    for (const Placing &placing : std::as_const(placings)) {
        if (!update.text(WorkStates::code(placing.verdict.stage))
                     .text(placing.verdict.reason)
                     .text(placing.customerId.toString())
                     .run())
            return Error(error);
    }
    return qint64(placings.size());
}

} // namespace bd::demo
