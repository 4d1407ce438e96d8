#pragma once

#include "app/domain/Result.h"

#include <QJsonArray>

namespace bd {

class Store;

// This workstation's audit chain on its way up (docs/SYNC_PROTOCOL.md, "Audit"): the
// entries after the last one the server acknowledged (SyncState), in chain order, as they
// travel. The chain never comes down to other workstations.
class AuditBacklog
{
public:
    explicit AuditBacklog(Store &store);

    // Up to `limit` entries after `seq`, each a JSON object of the protocol's entry.
    Result<QJsonArray> after(qint64 seq, int limit) const;

private:
    Store &m_store;
};

} // namespace bd
