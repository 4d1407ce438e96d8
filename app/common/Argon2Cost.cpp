#include "app/common/Argon2Cost.h"

#include <atomic>

namespace bd::Argon2Costs {

namespace {
// Argon2's minimum memory is 8 KiB per lane; one pass still runs the whole algorithm.
constexpr Argon2Cost kTests{64, 1, 1};
std::atomic<bool> g_lowered{false};
} // namespace

Argon2Cost current()
{
    return g_lowered.load() ? kTests : kProduction;
}

void lowerForTests()
{
    g_lowered.store(true);
}

} // namespace bd::Argon2Costs
