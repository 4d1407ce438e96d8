#pragma once

#include "database/staff/Branch.h"

#include <optional>

namespace bd {

class Store;

// The branch this workstation belongs to, as the sign-in dialog names it. A synced
// workstation holds every branch as reference data: its own is the recorded one.
namespace HomeBranch {
std::optional<Branch> of(Store &store);
} // namespace HomeBranch

} // namespace bd
