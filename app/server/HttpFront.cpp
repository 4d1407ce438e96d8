#include "app/server/HttpFront.h"

#include "app/server/HttpHead.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QSslSocket>
#include <QTimer>

namespace bd {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HttpFront)
};

constexpr int kLingerMs = 2000;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 408: return "Request Timeout";
    case 411: return "Length Required";
    case 413: return "Payload Too Large";
    case 431: return "Request Header Fields Too Large";
    default: return "Service Unavailable";
    }
}

} // namespace

// One connection's state while the front holds it, and after it handed it over.
class HttpFront::Watch : public QObject
{
public:
    explicit Watch(QTcpSocket *socket)
        : QObject(socket)
    {
        timer.setSingleShot(true);
        since.start();
    }
    ~Watch() override
    {
        if (gone)
            gone(this);
    }
    enum class Stage { Head, Body, HandedOver, Refused } stage = Stage::Head;
    qint64 requestBytes = 0; // head and body, once the head was read
    qint64 reserved = 0; // of the held-body budget
    bool handOverSignal = false;
    bool upgrade = false; // a WebSocket handshake (GET /v1/listen)
    bool answered = false; // QHttpServer wrote an answer on it
    bool closing = false; // refused, answered, and now closing
    QTimer timer;
    QElapsedTimer since;
    std::function<void(Watch *)> gone; // the connection ended (its socket was deleted)
};

HttpFront::HttpFront(HttpLimits limits, TokenCheck tokenCheck, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
    , m_tokenCheck(std::move(tokenCheck))
{
}

void HttpFront::incomingConnection(qintptr handle)
{
    QTcpSocket *socket = nullptr;
    if (m_tls) {
        auto *tls = new QSslSocket(this);
        tls->setSslConfiguration(*m_tls);
        socket = tls;
    } else {
        socket = new QTcpSocket(this);
    }
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    const QHostAddress client = socket->peerAddress();
    auto *watch = new Watch(socket);
    // Through the watch (the socket's child), not the socket's destroyed signal: QHttpServer
    // disconnects every signal of a socket it hands to its WebSocket server, and a count
    // never taken back refused the address's next connections.
    watch->gone = [front = QPointer<HttpFront>(this), client](Watch *ended) {
        if (!front)
            return;
        front->release(ended);
        if (--front->m_connections[client] <= 0)
            front->m_connections.remove(client);
    };
    // Until the head is read the socket buffers no more than a head may be long.
    socket->setReadBufferSize(m_limits.maxHeaderBytes + 1);
    connect(&watch->timer, &QTimer::timeout, socket, [this, socket, watch] {
        if (watch->stage == Watch::Stage::Refused && !watch->closing) {
            watch->closing = true; // the answer had its time: close, then cut if stuck
            socket->disconnectFromHost();
            watch->timer.start(kLingerMs);
        } else if (watch->stage == Watch::Stage::HandedOver && watch->upgrade
                   && !watch->answered) {
            // The WebSocket server took it (BranchLogListeners): it lives as long as the
            // listener does, quiet in between, and closes itself.
        } else if (watch->stage == Watch::Stage::HandedOver
                   || watch->stage == Watch::Stage::Refused) {
            socket->abort(); // idle after the answer, or a close the client never took
        } else {
            refuse(socket, watch, 408, Text::tr("The request did not arrive in time."));
        }
    });
    watch->timer.start(m_limits.headerTimeoutMs);
    // Connected before QHttpServer's own slot, so it runs first on every arrival.
    connect(socket, &QIODevice::readyRead, this, [this, socket, watch] { inspect(socket, watch); });
    connect(socket, &QIODevice::bytesWritten, this, [this, watch] {
        if (watch->stage == Watch::Stage::HandedOver) {
            watch->answered = true;
            release(watch); // answered: QHttpServer has let go of the body
            watch->timer.start(m_limits.idleTimeoutMs);
        }
    });
    connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    if (++m_connections[client] > m_limits.connectionsPerClient)
        return refuse(socket, watch, 503, Text::tr("Too many connections from this address."));
    if (m_tls)
        static_cast<QSslSocket *>(socket)->startServerEncryption();
}

void HttpFront::inspect(QTcpSocket *socket, Watch *watch)
{
    switch (watch->stage) {
    case Watch::Stage::Refused:
        // Lingering close: what a refused client still sends is read and thrown away in
        // small pieces for a moment, so that it gets to read the answer instead of a
        // reset; memory holds only the capped buffer.
        socket->skip(socket->bytesAvailable());
        return;
    case Watch::Stage::HandedOver:
        if (watch->handOverSignal) { // the front's own nudge to QHttpServer
            watch->handOverSignal = false;
            return;
        }
        // A second request on the connection would pass unchecked: close instead.
        watch->stage = Watch::Stage::Refused;
        socket->abort();
        return;
    case Watch::Stage::Body:
        break;
    case Watch::Stage::Head: {
        const QByteArray bytes = socket->peek(m_limits.maxHeaderBytes + 1);
        const qsizetype end = bytes.indexOf("\r\n\r\n");
        if (end < 0 || end + 4 > m_limits.maxHeaderBytes) {
            if (bytes.size() > m_limits.maxHeaderBytes || end >= 0)
                refuse(socket, watch, 431, Text::tr("The request's headers are too large."));
            return;
        }
        const HttpHead head = HttpHead::parse(bytes, int(end));
        if (head.malformed)
            return refuse(socket, watch, 400, Text::tr("The request is not well-formed HTTP/1.1."));
        if (head.transferEncoding)
            return refuse(socket, watch, 411, Text::tr("Send the body with a Content-Length."));
        const bool hasBody = head.method == "POST" || head.method == "PUT"
                || head.method == "PATCH";
        if (hasBody && !head.contentLength)
            return refuse(socket, watch, 411, Text::tr("Send the body with a Content-Length."));
        const qint64 length = head.contentLength.value_or(0);
        if (length > m_limits.maxBodyBytes)
            return refuse(socket, watch, 413, Text::tr("The request is larger than the server accepts."));
        if (length > m_limits.maxAnonymousBodyBytes
            && !(m_tokenCheck && m_tokenCheck(head.authorization)))
            return refuse(socket, watch, 401,
                          Text::tr("Sign in first: the token is missing, expired or not "
                                   "valid."));
        if (m_heldBytes + length > m_limits.heldBodyBudget)
            return refuse(socket, watch, 503, Text::tr("The server is busy; try again shortly."));
        m_heldBytes += length;
        watch->reserved = length;
        watch->requestBytes = head.length + length;
        watch->upgrade = head.method == "GET" && head.upgrade == "websocket";
        watch->stage = Watch::Stage::Body;
        // One byte more than the request, to notice a client sending past it.
        socket->setReadBufferSize(watch->requestBytes + 1);
        break;
    }
    }
    if (socket->bytesAvailable() > watch->requestBytes)
        return refuse(socket, watch, 400, Text::tr("Send one request per connection."));
    if (socket->bytesAvailable() == watch->requestBytes)
        return handOver(socket, watch);
    if (watch->since.elapsed() > m_limits.requestTimeoutMs)
        return refuse(socket, watch, 408, Text::tr("The request did not arrive in time."));
    watch->timer.start(m_limits.idleTimeoutMs);
}

void HttpFront::handOver(QTcpSocket *socket, Watch *watch)
{
    watch->stage = Watch::Stage::HandedOver;
    // A WebSocket's frames follow its handshake: they must not wait behind a buffer the
    // size of the handshake (QWebSocket caps the frames it takes).
    if (watch->upgrade)
        socket->setReadBufferSize(m_limits.maxAnonymousBodyBytes);
    watch->handOverSignal = true;
    watch->timer.start(m_limits.idleTimeoutMs);
    addPendingConnection(socket);
    emit newConnection();
    // QHttpServer connects to readyRead now; the request is already buffered.
    QMetaObject::invokeMethod(
            socket, [socket] { emit socket->readyRead(); }, Qt::QueuedConnection);
}

void HttpFront::release(Watch *watch)
{
    m_heldBytes -= watch->reserved;
    watch->reserved = 0;
}

void HttpFront::refuse(QTcpSocket *socket, Watch *watch, int status, const QString &message)
{
    release(watch);
    watch->stage = Watch::Stage::Refused;
    watch->timer.start(kLingerMs); // then close, whether the client read the answer or not
    const QByteArray body = QJsonDocument(QJsonObject { { QStringLiteral("error"), message } })
                                    .toJson(QJsonDocument::Compact);
    socket->setReadBufferSize(4096);
    socket->skip(socket->bytesAvailable()); // a full buffer would stop the reading
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status)
                  + "\r\nContent-Type: application/json\r\nContent-Length: "
                  + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
}

} // namespace bd
