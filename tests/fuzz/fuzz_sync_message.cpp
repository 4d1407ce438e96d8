// Fuzz target: a sync message as it arrives from the network (a push body at the server, a
// pull reply at the workstation): JSON, each change parsed by SyncChange::fromJson, its
// clock by HlcStamp, and each well-formed change applied by RemoteChangeApplier to a
// scratch store inside a transaction that is rolled back.
#include "FuzzSupport.h"
#include "app/common/SyncChange.h"
#include "app/domain/HybridLogicalClock.h"
#include "database/core/Transaction.h"
#include "database/sync/RemoteChangeApplier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace bd;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const QJsonDocument document = QJsonDocument::fromJson(fuzz::bytes(data, size));
    if (!document.isObject())
        return 0;
    const QJsonObject body = document.object();
    QJsonArray changes = body.value(QStringLiteral("changes")).toArray();
    if (changes.isEmpty())
        changes.append(body); // a single change on its own
    Store &store = fuzz::scratchStore();
    Transaction transaction(store.database());
    RemoteChangeApplier applier(store);
    for (const QJsonValue &value : std::as_const(changes)) {
        QString problem;
        const SyncChange change = SyncChange::fromJson(value.toObject(), &problem);
        if (!problem.isEmpty())
            continue;
        (void)HlcStamp::fromString(change.hlc);
        (void)change.toJson();
        applier.apply(change);
    }
    transaction.rollback();
    return 0;
}
