#pragma once

#include <QString>

class QHttpServer;

namespace bd {

class ServerStore;

// The HTTP routes of branchdesk-server (docs/SYNC_PROTOCOL.md):
//   GET  /health        protocol and schema versions, database state, epoch
//   POST /v1/push       append a workstation's changes to its branch's log (idempotent)
//   GET  /v1/changes    a branch's changes after a cursor, in commit order
//   POST /v1/audit      a workstation's audit entries (append-only, chain checked)
//   GET  /v1/baseline   the branch's baseline: id, pages, the log number it is as of
//   GET  /v1/baseline-page  one page of it (CBOR)
//   GET  /v1/snapshot   the branch's ready-made database for new workstations: its facts
//   GET  /v1/snapshot-chunk  a piece of that file, from an offset (resumable)
// Without a store (no database configured) only /health answers; /v1 says 503.
namespace ServerRoutes {
constexpr int kMaxBodyBytes = 16 * 1024 * 1024;
constexpr int kMaxPullLimit = 5000;
constexpr qint64 kMaxSnapshotChunk = 32 * 1024 * 1024;
// `snapshotDir`: where import-branch wrote the branch snapshots (BranchSnapshot).
void install(QHttpServer &server, ServerStore *store, const QString &snapshotDir);
} // namespace ServerRoutes

} // namespace bd
