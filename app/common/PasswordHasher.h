#pragma once

#include <QString>

namespace bd {

// Argon2id at Argon2Costs::current() (OWASP's minimum: 19 MiB, 2 passes, 1 lane) with a
// random 16-byte salt per password; the encoded string carries its own parameters, so they
// can be raised later without breaking existing hashes.
namespace PasswordHasher {

QString hash(const QString &password);
bool verify(const QString &password, const QString &encoded);
} // namespace PasswordHasher

} // namespace bd
