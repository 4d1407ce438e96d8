#include "app/sync/SyncStatus.h"

#include "app/sync/ConflictReview.h"
#include "database/core/ClockCorrection.h"
#include "database/core/Store.h"
#include "database/sync/ChangeRecorder.h"
#include "database/sync/HeldChanges.h"
#include "database/sync/SyncState.h"

namespace bd {

SyncStatus SyncStatus::read(Store &store, const Session &session)
{
    SyncStatus status;
    status.waiting = ChangeRecorder::pendingCount(store);
    status.lastRoundAt = SyncState(store).lastRoundAt();
    status.openConflicts = ConflictReview(store, session).openCount();
    status.clockOffsetMs = ClockCorrection::offset(store.nodeId());
    status.auditProblem = SyncState(store).auditProblem();
    status.waitingLong = HeldChanges(store).heldBefore(
            QDateTime::currentDateTimeUtc().addDays(-HeldChanges::kLongWaitDays));
    return status;
}

bool SyncStatus::clockWrong() const
{
    return ClockCorrection::isWrong(clockOffsetMs);
}

} // namespace bd
