#pragma once

#include "app/domain/Result.h"

#include <QDate>
#include <QString>

namespace bd {
class Store;
}

namespace bd::demo {

// Places the demo's customers in the lifecycle stage LifecycleRules gives them, with its
// reason. The customer writer sets a stage from its plan before the customer's holdings,
// transactions, snapshots and closings exist, and no reason; the rules read all of those,
// so before this pass the branch head's "Recompute lifecycle stages" on a fresh demo changed
// every customer (issue #15: 50,000 changes queued for sync at 50,000 customers). Baseline
// data like the rest of the demo: written in the generator's open transaction, versions
// unchanged, nothing queued for sync.
class DemoLifecycleStages
{
public:
    // How many customers' stage or reason it set.
    static Result<qint64> placeInOpenTransaction(Store &store, const QString &branchId,
                                                 const QDate &today);
};

} // namespace bd::demo
