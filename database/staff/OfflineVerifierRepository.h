#pragma once

#include "app/domain/Result.h"
#include "app/domain/StaffRole.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace bd {

class Store;

// What the last online sign-in of a server account left on this workstation: an Argon2id
// hash of its password (never the password), the role and branch the server gave it, and
// when (table offline_verifier, migration 0017). Local, never synced.
struct OfflineVerifier
{
    QString username;
    QString server; // the sync server that accepted the password
    QString passwordHash; // empty once revoked
    StaffRole role = StaffRole::Teller;
    QString branchId;
    QDateTime verifiedAt;
    QDateTime revokedAt; // valid when the server refused a password this verifier accepted

    bool revoked() const { return revokedAt.isValid(); }
};

class OfflineVerifierRepository
{
public:
    explicit OfflineVerifierRepository(Store &store);

    std::optional<OfflineVerifier> byUsername(const QString &username) const;
    // Inside the caller's transaction.
    Result<> save(const OfflineVerifier &verifier);
    // Forgets the hash and marks the account as refused by the server.
    Result<> revoke(const QString &username);

private:
    Store &m_store;
};

} // namespace bd
