#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QHostAddress>
#include <QSslConfiguration>
#include <QTcpServer>

#include <functional>
#include <optional>

namespace bd {

// What one connection may cost the server before QHttpServer sees it (issue 14, found 4).
// docs/SECURITY.md section 8.3 and docs/SYNC_PROTOCOL.md list the answers.
struct HttpLimits
{
    int maxHeaderBytes = 16 * 1024; // request line and headers
    qint64 maxBodyBytes = 16 * 1024 * 1024;
    qint64 maxAnonymousBodyBytes = 64 * 1024; // without a bearer token the store accepts
    qint64 heldBodyBudget = 64 * 1024 * 1024; // bodies held at once, all connections
    int headerTimeoutMs = 10000; // from connect to the end of the headers, however slow
    int idleTimeoutMs = 30000; // silence while a body arrives, or after an answer
    int requestTimeoutMs = 120000; // from connect to the whole request
    int connectionsPerClient = 16;
};

// The socket QHttpServer binds (Qt 6.4's QHttpServer reads a whole request, however
// large or slow, before any handler can refuse it). A connection reaches QHttpServer only
// once its request line and headers were read and checked and its whole body (declared by
// Content-Length, within the limits) has arrived; until then its read buffer is capped, so
// what a client has not been allowed to send stays in the kernel, not in the server. One
// request per connection: QHttpServer's answers say "Connection: close" and anything a
// client sends after its request closes the connection.
class HttpFront : public QTcpServer
{
    Q_OBJECT

public:
    // Whether an Authorization header's bearer token belongs to a signed-in account.
    using TokenCheck = std::function<bool(const QByteArray &authorization)>;
    HttpFront(HttpLimits limits, TokenCheck tokenCheck, QObject *parent = nullptr);

    void setTls(const QSslConfiguration &configuration) { m_tls = configuration; }

protected:
    void incomingConnection(qintptr handle) override;

private:
    class Watch;
    void inspect(QTcpSocket *socket, Watch *watch);
    void refuse(QTcpSocket *socket, Watch *watch, int status, const QString &message);
    void handOver(QTcpSocket *socket, Watch *watch);
    void release(Watch *watch);

    HttpLimits m_limits;
    TokenCheck m_tokenCheck;
    std::optional<QSslConfiguration> m_tls;
    QHash<QHostAddress, int> m_connections; // open connections per client address
    qint64 m_heldBytes = 0; // bodies admitted and not yet answered
};

} // namespace bd
