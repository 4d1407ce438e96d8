#pragma once

#include <QString>

namespace bd::SyncProtocol {
// Bumped on any incompatible change of the messages; negotiated at /health.
// 2: a branch's baseline (/v1/baseline); a version-1 workstation would miss it.
constexpr int kVersion = 2;
QString userAgent();
} // namespace bd::SyncProtocol
