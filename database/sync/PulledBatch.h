#pragma once

#include "app/common/SyncChange.h"
#include "app/domain/Ids.h"
#include "app/domain/Result.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>

namespace bd {

class Store;

// One answer of the server's change log (GET /v1/changes, docs/SYNC_PROTOCOL.md "Pull"),
// applied to the workstation file in one local transaction: the branch list first (pulled
// rows may refer to a branch new here), then each change field by field
// (RemoteChangeApplier), the clock observed from each, and the cursor with the server's
// epoch. A crash leaves either all of it or none. The workstation's own changes coming
// back are skipped.
class PulledBatch
{
    Q_DECLARE_TR_FUNCTIONS(PulledBatch)

public:
    QJsonValue branches; // the answer's "branches"; undefined from an older server
    QList<SyncChange> changes;
    qint64 lastSeq = 0; // the new cursor
    QString epoch;

    // Called inside the transaction with the customers whose rows the batch changed, so
    // that what is derived from them (their search keys) changes with them.
    using CustomersChanged = std::function<Result<>(const QSet<CustomerId> &customers)>;
    struct Applied
    {
        int pulled = 0; // changes applied (the workstation's own not counted)
        int conflicts = 0; // values kept for a person to review
        bool branchListWhole = true; // no entry of the branch list was held back
    };
    Result<Applied> apply(Store &store, const CustomersChanged &customersChanged) const;
};

} // namespace bd
