#pragma once

#include "app/domain/Ids.h"
#include "app/domain/Result.h"
#include "app/domain/StaffRole.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace bd {

class ServerDatabase;

// Staff accounts (authoritative on the server: argon2id hashes, add-user) and the bearer
// tokens a sign-in hands out, of which only a hash is stored.
class ServerAccounts
{
public:
    explicit ServerAccounts(const ServerDatabase &database)
        : m_database(database)
    {
    }

    // Adds the account, or sets an existing one's branch, role and password (and makes it
    // active again).
    Result<> add(const QString &username, const BranchId &branch, StaffRole role,
                 const QString &password);

    // Who a request comes from: the account its token was given to.
    struct Caller
    {
        QString username;
        BranchId branchId;
        StaffRole role = StaffRole::Teller;
        // The workstation the sign-in named (docs/SECURITY.md §8.2); empty if none.
        QString node;
    };
    struct Token
    {
        QString token; // shown once; only its hash is stored
        QDateTime expiresAt;
        Caller caller;
        // The password was right but `node` belongs to another branch: no token.
        bool nodeOfAnotherBranch = false;
    };
    // Fails alike for an unknown user and a wrong password, after the same Argon2 work.
    // A `node` binds the token to that workstation and registers it (AuditNodes).
    Result<Token> signIn(const QString &username, const QString &password,
                         const QString &node = {}, int validSeconds = 8 * 3600);
    // The caller a token stands for while it is valid; empty if none (or unreadable).
    std::optional<Caller> authorise(const QString &token) const;

private:
    const ServerDatabase &m_database;
};

} // namespace bd
