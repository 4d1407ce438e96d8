#pragma once

// An audit entry in the form a workstation sends it in POST /v1/audit, for tests that speak
// to the server's audit route by hand (docs/SECURITY.md §8.2).
#include "app/common/AuditChain.h"

#include <QJsonObject>

namespace bd::test {

inline QJsonObject auditEntryJson(const AuditEntry &e)
{
    return { { QStringLiteral("seq"), double(e.seq) },
             { QStringLiteral("id"), e.id },
             { QStringLiteral("occurred_at"), e.occurredAt },
             { QStringLiteral("actor_id"), e.actorId },
             { QStringLiteral("actor_name"), e.actorName },
             { QStringLiteral("action"), e.action },
             { QStringLiteral("entity"), e.entity },
             { QStringLiteral("entity_id"), e.entityId },
             { QStringLiteral("detail_json"), e.detailJson },
             { QStringLiteral("prev_hash"), e.prevHash },
             { QStringLiteral("hash"), e.hash } };
}

} // namespace bd::test
