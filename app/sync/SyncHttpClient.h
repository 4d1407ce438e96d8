#pragma once

#include "app/domain/Result.h"
#include "app/sync/SyncRetry.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;

namespace bd {

// The one HTTP client of the workstation's sync (docs/SYNC_PROTOCOL.md): JSON requests to
// one server with the workstation's user agent, the bearer token of its sign-in, a private
// certificate authority for https, and a timeout per transfer. Blocking: a request runs a
// local event loop until its answer is in. It uses the network it is given (a test's fake
// server, see tests/common/FakeSyncServer.h) or one of its own, made in the calling thread.
class SyncHttpClient
{
    Q_DECLARE_TR_FUNCTIONS(SyncHttpClient)

public:
    struct Answer
    {
        int status = 0; // 0: no whole answer (network, TLS, timeout, an answer cut short)
        QByteArray body;
        QString networkError; // why there is no answer, when status is 0
        int attempts = 1; // how many times the request was sent (SyncRetry)
        // The failure may pass if the request is sent again: no whole answer because the
        // connection was refused or dropped, or 502, 503, 504. Not a transfer timeout.
        bool transient = false;
        int retryAfterSeconds = -1; // the server's Retry-After (seconds), -1: none

        QJsonObject object() const; // the body as JSON
        QString serverError() const; // the reason a refusal gives
    };

    explicit SyncHttpClient(QUrl server, QNetworkAccessManager *network = nullptr);
    ~SyncHttpClient();
    Q_DISABLE_COPY_MOVE(SyncHttpClient)

    Answer get(const QString &path);
    Answer post(const QString &path, const QJsonObject &body);
    // POST /v1/sign-in; the token of a 200 answer goes with every request that follows.
    Answer signIn(const QString &username, const QString &password);
    bool isSignedIn() const { return !m_token.isEmpty(); }
    void signOut() { m_token.clear(); }

    // The answer if the server took the request (200); else what a person is told: the
    // unreachable text, or `refused` (a translated text with the status as %1 and the
    // server's reason as %2), and how many times it was sent if more than once.
    Result<Answer> accepted(const Answer &answer, const QString &refused) const;

    // The workstation's node id, named at sign-in: the server binds the token to it, and
    // takes this node's audit entries only with such a token (docs/SECURITY.md §8.2).
    QString node;
    QString caFile; // PEM of a private authority that signed the server's certificate
    int timeoutMs = 30000;
    // Told when the server gives no answer, with the network's reason as %1.
    QString unreachableText = tr("The sync server cannot be reached (%1).");
    // Sending again a request that found no server or a busy one; by default never.
    SyncRetry retry;
    // Requests sent again since this client was made.
    int resent() const { return m_resent; }

private:
    Answer send(const QByteArray &method, const QString &path, const QByteArray &body);
    Answer sendOnce(const QByteArray &method, const QString &path, const QByteArray &body);
    void pauseBefore(int attempt, const Answer &failed);

    QUrl m_server;
    QByteArray m_token;
    std::unique_ptr<QNetworkAccessManager> m_ownNetwork;
    QNetworkAccessManager *m_network;
    int m_resent = 0;
};

} // namespace bd
