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
// back change nothing but after a fresh download (RemoteChangeApplier::applyOwn); changes
// whose row is not here yet wait in HeldChanges.
class PulledBatch
{
    Q_DECLARE_TR_FUNCTIONS(PulledBatch)

public:
    QJsonValue branches; // the answer's "branches"; undefined from an older server
    QList<SyncChange> changes;
    qint64 lastSeq = 0; // the new cursor
    QString epoch;

    // Called inside the transaction with the customers whose rows the batch changed, and
    // those whose consent records it brought, so that what is derived from them (their
    // search keys, their marketing consent summary) changes with them.
    struct Touched
    {
        QSet<CustomerId> customers;
        QSet<CustomerId> consents;
        // Every change, applied or not: its row, its stamp, the customer it names (the
        // customer row's own id, or customer_id when sent) and whether it was their
        // erasure: an erased
        // customer's personal data is blanked again wherever an edit stamped before the
        // erasure put some, and the dropped edit audited (app/sync PulledErasures).
        struct Edit
        {
            QString table;
            QString rowId;
            QString hlc;
            QString originNode;
            CustomerId customer;
            bool erasure = false;
        };
        QList<Edit> edits;
    };
    using CustomersChanged = std::function<Result<>(const Touched &touched)>;
    struct Applied
    {
        int pulled = 0; // changes applied (the workstation's own not counted)
        int conflicts = 0; // values kept for a person to review
        bool branchListWhole = true; // no entry of the branch list was held back
    };
    Result<Applied> apply(Store &store, const CustomersChanged &customersChanged) const;
};

} // namespace bd
