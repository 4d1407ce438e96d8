#pragma once

#include <QString>

namespace bd::SyncProtocol {
// Bumped on any incompatible change of the messages; negotiated at /health.
constexpr int kVersion = 1;
QString userAgent();
} // namespace bd::SyncProtocol
