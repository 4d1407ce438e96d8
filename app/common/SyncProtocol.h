#pragma once

#include <QString>

namespace bd::SyncProtocol {
// Bumped on any incompatible change of the messages; negotiated at /health.
// 2: a branch's baseline (/v1/baseline); a version-1 workstation would miss it.
// 3: copies of a moving customer's rows for another branch's log (to_branch); a version-2
//    server would file them in the sender's own log, so it answers a version-3 client 426.
// 4: audit actors bound to accounts the server knows (a desk-only account only once its row
//    came up from that workstation, docs/SECURITY.md 8.2); a version-3 desk's audit upload,
//    which does not know it, is answered 426 (its entries stay on the desk).
constexpr int kVersion = 4;
// The oldest version whose audit uploads the server takes.
constexpr int kOldestAuditVersion = 4;
// The oldest version the server still serves: a version-2 workstation never moves
// customers, and takes the copies another branch sent as ordinary upserts.
constexpr int kOldestVersion = 2;
inline bool serves(int version)
{
    return version >= kOldestVersion && version <= kVersion;
}
QString userAgent();
} // namespace bd::SyncProtocol
