#pragma once

#include <QCoreApplication>
#include "app/services/core/Session.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace bd {

class Store;

// Sign-in against the local store: works offline. A user with an offline verifier (left by
// an online sign-in, WorkstationSignIn) is checked against it, with the server's role and
// branch; any other user against the staff roster's password hash. Repeated failures lock
// the account for a while; every attempt is audited.
class AuthService
{
    Q_DECLARE_TR_FUNCTIONS(AuthService)

public:
    static constexpr int kMaxFailedAttempts = 5;
    static constexpr int kLockMinutes = 15;
    // The actor name of a failed sign-in whose user name is not known here.
    static constexpr const char *kUnknownUserMarker = "(unknown user name)";

    enum class Outcome { SignedIn, WrongCredentials, Locked, Inactive, Failed };
    struct Result
    {
        Outcome outcome = Outcome::Failed;
        std::optional<Session> session;
        QString message; // translated, for the sign-in dialog or stderr
        bool serverAccount = false; // checked against the verifier of an online sign-in
    };

    explicit AuthService(Store &store);
    Result signIn(const QString &username, const QString &password);
    void signOut(const Session &session);

private:
    Store &m_store;
};

} // namespace bd
