#pragma once

#include <QString>

namespace bd {

// Argon2id with OWASP's minimum parameters (19 MiB, 2 passes, 1 lane) and a random
// 16-byte salt per password; the encoded string carries its own parameters, so they can
// be raised later without breaking existing hashes.
namespace PasswordHasher {
constexpr quint32 kMemoryKiB = 19 * 1024;
constexpr quint32 kPasses = 2;
constexpr quint32 kLanes = 1;

QString hash(const QString &password);
bool verify(const QString &password, const QString &encoded);
} // namespace PasswordHasher

} // namespace bd
