#pragma once

#include <QtGlobal>

namespace bd {

// The cost of the Argon2id derivations (password hashes and the key slots' key-encryption
// keys): OWASP's minimum for Argon2id (19 MiB, 2 passes, 1 lane) in every program. Each
// hash and slot records its own parameters, so what was made at one cost verifies at any.
struct Argon2Cost
{
    quint32 memoryKiB = 19 * 1024;
    quint32 passes = 2;
    quint32 lanes = 1;
};

namespace Argon2Costs {
constexpr Argon2Cost kProduction{};
// The cost new hashes and slots are made with: kProduction, unless a test program lowered it.
Argon2Cost current();
// Only test fixtures call this (tests/common/CheapArgon2.cpp, linked into every test
// program): hundreds of sign-ins in the tests need not pay the production cost. No
// environment variable or setting reaches it, so no user can lower a real workstation's cost.
void lowerForTests();
} // namespace Argon2Costs

} // namespace bd
