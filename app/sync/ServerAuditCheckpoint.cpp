#include "app/sync/ServerAuditCheckpoint.h"

#include "app/sync/SyncHttpClient.h"
#include "database/core/Store.h"
#include "database/sync/SyncState.h"

#include <QUrlQuery>

namespace bd {

Result<AuditCheckpoint> ServerAuditCheckpoint::fetch(Store &store, SyncHttpClient &server)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("node"), store.nodeId());
    const Result<SyncHttpClient::Answer> answer = server.accepted(
            server.get(QStringLiteral("/v1/audit-checkpoint?") + query.toString(QUrl::FullyEncoded)),
            tr("The sync server did not give its audit checkpoint (%1): %2"));
    if (!answer)
        return answer.error();
    const QJsonObject body = answer->object();
    const std::optional<AuditCheckpoint> checkpoint
            = AuditCheckpoint::fromJson(body.value(QStringLiteral("checkpoint")).toObject());
    if (!checkpoint || checkpoint->node != store.nodeId())
        return Error(tr("The sync server sent an audit checkpoint that is not for this "
                        "workstation's chain."));
    const QString offered = body.value(QStringLiteral("audit_key"))
                                    .toObject()
                                    .value(QStringLiteral("public_key"))
                                    .toString();
    // The key pinned at the first upload decides; a file whose key was swapped (to make a
    // forged checkpoint pass offline) is caught here.
    const QString pinned = SyncState(store).auditServerKey();
    if (!pinned.isEmpty() && pinned != offered)
        return Error(tr("The sync server's audit key is not the one this workstation keeps: "
                        "the key kept here was replaced, or this is another server."));
    const QString key = pinned.isEmpty() ? offered : pinned;
    if (!checkpoint->verify(QByteArray::fromBase64(key.toLatin1())))
        return Error(tr("The sync server's audit checkpoint does not verify with its key."));
    return *checkpoint;
}

} // namespace bd
