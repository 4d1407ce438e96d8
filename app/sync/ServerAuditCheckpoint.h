#pragma once

#include "app/common/AuditCheckpoint.h"
#include "app/domain/Result.h"

#include <QCoreApplication>

namespace bd {

class Store;
class SyncHttpClient;

// The sync server's latest checkpoint of this workstation's audit chain, asked for online
// (GET /v1/audit-checkpoint, docs/SECURITY.md §8.2) and checked with the server's key as
// this workstation first pinned it: the comparison `audit verify --server` makes, which
// holds even when the checkpoint kept in the file, or the key beside it, was removed.
class ServerAuditCheckpoint
{
    Q_DECLARE_TR_FUNCTIONS(ServerAuditCheckpoint)

public:
    // `server` must be signed in with a token bound to this workstation's node.
    static Result<AuditCheckpoint> fetch(Store &store, SyncHttpClient &server);
};

} // namespace bd
