#pragma once

#include "app/domain/StaffRole.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QUrl>

namespace bd {

class SyncHttpClient;

// One POST /v1/sign-in to the sync server (docs/SYNC_PROTOCOL.md): did the server accept
// this user name and password, and with which role and branch. The token it hands out is
// kept in memory by whoever needs it, never written anywhere. Blocking (a local event
// loop), bounded by timeoutMs.
class ServerSignIn
{
    Q_DECLARE_TR_FUNCTIONS(ServerSignIn)

public:
    enum class Outcome {
        Accepted, // 200: role, branchId, token and expiresAt are set
        Refused, // 401: wrong user name or password, or the account is disabled there
        Unreachable, // no answer (network, TLS, timeout)
        Failed // any other answer (e.g. 426: this workstation must be updated)
    };
    struct Answer
    {
        Outcome outcome = Outcome::Unreachable;
        StaffRole role = StaffRole::Teller;
        QString branchId;
        QByteArray token;
        QDateTime expiresAt;
        QString error; // translated; empty when accepted
    };

    static Answer signIn(const QUrl &server, const QString &caFile, const QString &username,
                         const QString &password, int timeoutMs = 10000);
    // The same through a client of the caller's, which keeps the token on acceptance.
    static Answer signIn(SyncHttpClient &client, const QString &username, const QString &password);
};

} // namespace bd
