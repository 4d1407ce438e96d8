#pragma once

#include "app/domain/Result.h"
#include "app/services/staff/AuthService.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace bd {

class Store;

// Sign-in at a workstation that has a sync server (docs/SECURITY.md §3a):
// - the server is asked first. If it accepts, this workstation keeps (or refreshes) an
//   offline verifier for the user: an Argon2id hash of the password with the server's role
//   and branch; then the local sign-in runs against it (lock-out, audit, key slot).
// - if it refuses a password the verifier accepts, the account was disabled or its password
//   changed there: the verifier is revoked and the user signs in online only.
// - if it cannot be reached, the local sign-in decides: the verifier for a server account,
//   the staff roster's hash for a local-only user; a user with neither is told to sign in
//   once while connected.
// Without a server it is the local sign-in (AuthService) alone. Blocking.
class WorkstationSignIn
{
    Q_DECLARE_TR_FUNCTIONS(WorkstationSignIn)

public:
    struct Result
    {
        AuthService::Result auth;
        bool online = false; // the server accepted the password now
        QString serverNote; // translated; why the server was not used, when it was not
    };

    WorkstationSignIn(Store &store, QUrl server, QString caFile = {});
    Result signIn(const QString &username, const QString &password);
    // The server's check alone, keeping the verifier when it accepts: a new workstation's
    // downloading user, whose file came without the roster's password hashes (docs/
    // SECURITY.md §3a), can sign in there offline afterwards. No local sign-in.
    bd::Result<> rememberOnline(const QString &username, const QString &password);

    int timeoutMs = 10000;

private:
    bd::Result<> keepVerifier(const QString &username, const QString &password, StaffRole role,
                              const QString &branchId);
    void revokeVerifier(const QString &username);
    AuthService::Result refuse(const QString &message) const;

    Store &m_store;
    QUrl m_server;
    QString m_caFile;
};

} // namespace bd
