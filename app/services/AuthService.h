#pragma once

#include <QCoreApplication>
#include "Session.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace bd {

class Store;

// Sign-in against the staff roster in the local store: works offline. Repeated failures
// lock the account for a while; every attempt is audited.
class AuthService
{
    Q_DECLARE_TR_FUNCTIONS(AuthService)

public:
    static constexpr int kMaxFailedAttempts = 5;
    static constexpr int kLockMinutes = 15;

    enum class Outcome { SignedIn, WrongCredentials, Locked, Inactive, Failed };
    struct Result
    {
        Outcome outcome = Outcome::Failed;
        std::optional<Session> session;
        QString message; // translated, for the sign-in dialog or stderr
    };

    explicit AuthService(Store &store);
    Result signIn(const QString &username, const QString &password);
    void signOut(const Session &session);

private:
    Store &m_store;
};

} // namespace bd
