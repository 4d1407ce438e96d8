#pragma once

#include "app/server/ServerLane.h"
#include "app/server/SignInThrottle.h"

#include <QString>

class QHttpServer;

namespace bd {

class AuditSigningKey;
class ServerStore;

// The HTTP routes of branchdesk-server (docs/SYNC_PROTOCOL.md), in groups, each in its
// own file over what they share (ServerRoute.h):
//   HealthRoute.cpp     GET  /health        protocol and schema versions, database, epoch
//                       GET  /health/live   the process answers (liveness)
//                       GET  /health/ready  it may be sent sync requests (readiness)
//                       GET  /metrics       Prometheus text (ServerMetrics)
//   SignInRoute.cpp     POST /v1/sign-in    a bearer token for a staff account
//                                           (throttled per name and address: 429)
//   ChangeRoutes.cpp    POST /v1/push       a workstation's changes into its branch's log
//                                           (idempotent; a moving customer's rows into
//                                           the new branch's)
//                       GET  /v1/changes    a branch's changes after a cursor, in order
//   AuditRoute.cpp      POST /v1/audit      a workstation's audit entries (chain, node and
//                                           actor checked), answered with a signed checkpoint
//                       GET  /v1/audit-checkpoint  a node's latest signed checkpoint
//   BaselineRoutes.cpp  GET  /v1/baseline   the branch's baseline: id, pages, as-of number
//                       GET  /v1/baseline-page  one page of it (CBOR)
//                       GET  /v1/snapshot   the branch's ready-made database: its facts
//                       GET  /v1/snapshot-chunk  a piece of that file (resumable)
//   EventRoutes.cpp     POST /v1/events     events of a service account, through the rules
//                       WS   /v1/listen     a workstation hears its branch's log grow
// Without a store (no database configured) only /health answers; /v1 says 503.
namespace ServerRoutes {
constexpr int kMaxBodyBytes = 16 * 1024 * 1024;
constexpr int kMaxPullLimit = 5000;
constexpr qint64 kMaxSnapshotChunk = 32 * 1024 * 1024;

// Every route. `snapshotDir`: where import-branch wrote the branch snapshots; `signIn`:
// when wrong passwords lock a name or an address out; `auditKey`: signs the audit
// checkpoints (none without it); `lanes`: the threads pushes and pulls run on (ServerLane),
// none: on the event loop over `store`.
void install(QHttpServer &server, ServerStore *store, const QString &snapshotDir,
             const SignInThrottle::Policy &signIn = {},
             const AuditSigningKey *auditKey = nullptr, const ServerLanes &lanes = {});

void installHealth(QHttpServer &server, ServerStore *store, const AuditSigningKey *auditKey);
void installSignIn(QHttpServer &server, ServerStore *store, const SignInThrottle::Policy &policy);
void installChanges(QHttpServer &server, ServerStore *store, const QString &snapshotDir,
                    const ServerLanes &lanes);
void installAudit(QHttpServer &server, ServerStore *store, const AuditSigningKey *auditKey);
void installBaseline(QHttpServer &server, ServerStore *store, const QString &snapshotDir);
void installEvents(QHttpServer &server, ServerStore *store);
} // namespace ServerRoutes

} // namespace bd
