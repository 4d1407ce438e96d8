// The fake server's network: requests become calls of the server, faults become replies.
#include "FakeSyncServer.h"

#include <QNetworkReply>
#include <QTimer>

namespace bd::test {

namespace {

// What QNetworkAccessManager reports for an HTTP error status.
QNetworkReply::NetworkError errorOfStatus(int status)
{
    switch (status) {
    case 401:
        return QNetworkReply::AuthenticationRequiredError;
    case 403:
        return QNetworkReply::ContentAccessDenied;
    case 404:
        return QNetworkReply::ContentNotFoundError;
    case 409:
        return QNetworkReply::ContentConflictError;
    case 503:
        return QNetworkReply::ServiceUnavailableError;
    default:
        return status >= 500 ? QNetworkReply::InternalServerError
                             : QNetworkReply::UnknownContentError;
    }
}

// A reply that finishes from the event loop, as a real one does, never inside get()/post().
class FakeReply : public QNetworkReply
{
public:
    FakeReply(QNetworkAccessManager::Operation operation, const QNetworkRequest &request,
              QObject *parent)
        : QNetworkReply(parent)
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(operation);
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }

    // The answer `status` with `body`; `error` (with `why`) after the body for a connection
    // that dropped. Status 0: no answer at all.
    void finishLater(int status, QByteArray body,
                     QNetworkReply::NetworkError error = QNetworkReply::NoError,
                     const QString &why = {})
    {
        QMetaObject::invokeMethod(
                this, [this, status, body, error, why] { finish(status, body, error, why); },
                Qt::QueuedConnection);
    }

    void setRetryAfter(int seconds) { setRawHeader("Retry-After", QByteArray::number(seconds)); }

    // No answer until the client's transfer timeout (or a guard, so a test never hangs).
    void timeOutAfter(int ms)
    {
        QTimer::singleShot(ms > 0 ? ms : 20000, this, [this] {
            finish(0, {}, QNetworkReply::OperationCanceledError,
                   QStringLiteral("Operation canceled"));
        });
    }

    void abort() override
    {
        finish(0, {}, QNetworkReply::OperationCanceledError, QStringLiteral("Operation canceled"));
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return m_body.size() - m_read + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = qMin(maxSize, qint64(m_body.size()) - m_read);
        if (count <= 0)
            return isFinished() ? -1 : 0;
        memcpy(data, m_body.constData() + m_read, size_t(count));
        m_read += count;
        return count;
    }

private:
    void finish(int status, const QByteArray &body, QNetworkReply::NetworkError error, QString why)
    {
        if (isFinished())
            return;
        if (status != 0)
            setAttribute(QNetworkRequest::HttpStatusCodeAttribute, status);
        if (status >= 400 && error == QNetworkReply::NoError) {
            error = errorOfStatus(status);
            why = QStringLiteral("Error transferring %1 - server replied: %2")
                          .arg(url().toString())
                          .arg(status);
        }
        m_body = body;
        if (error != QNetworkReply::NoError) {
            setError(error, why);
            emit errorOccurred(error);
        }
        if (!m_body.isEmpty())
            emit readyRead();
        setFinished(true);
        emit finished();
    }

    QByteArray m_body;
    qint64 m_read = 0;
};

} // namespace

class FakeSyncServer::Network : public QNetworkAccessManager
{
public:
    explicit Network(FakeSyncServer &server)
        : m_server(server)
    {
    }

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request,
                                 QIODevice *outgoing) override
    {
        const QByteArray body = outgoing ? outgoing->readAll() : QByteArray();
        auto *reply = new FakeReply(operation, request, this);
        const QString path = request.url().path();
        ++m_server.m_requests[path];
        m_server.m_lastTransferTimeout = request.transferTimeout();
        std::optional<Fault> fault;
        auto injected = m_server.m_faults.find(path);
        if (injected != m_server.m_faults.end()) {
            fault = injected->fault;
            if (--injected->times == 0)
                m_server.m_faults.erase(injected);
        }
        const QString closed = QStringLiteral("Connection closed");
        if (fault == Fault::Http500 || fault == Fault::Http503) {
            const int status = fault == Fault::Http500 ? 500 : 503;
            if (status == 503 && m_server.retryAfterSeconds >= 0)
                reply->setRetryAfter(m_server.retryAfterSeconds);
            reply->finishLater(status,
                               errorAnswer(status, QStringLiteral("The server failed.")).body);
            return reply;
        }
        if (fault == Fault::Dropped) {
            reply->finishLater(0, {}, QNetworkReply::RemoteHostClosedError, closed);
            return reply;
        }
        if (fault == Fault::TimedOut) {
            reply->timeOutAfter(request.transferTimeout());
            return reply;
        }
        const Answer answer
                = m_server.handle(operation == GetOperation ? "GET" : "POST", request.url(), body,
                                  request.rawHeader("Authorization"));
        if (fault == Fault::Lost)
            reply->finishLater(0, {}, QNetworkReply::RemoteHostClosedError, closed);
        else if (fault == Fault::CutShort)
            reply->finishLater(answer.status, answer.body.left(answer.body.size() / 2),
                               QNetworkReply::RemoteHostClosedError, closed);
        else
            reply->finishLater(answer.status, answer.body);
        return reply;
    }

private:
    FakeSyncServer &m_server;
};

FakeSyncServer::FakeSyncServer(QString branchId)
    : m_branchId(std::move(branchId))
    , m_network(std::make_unique<Network>(*this))
{
    branches = QJsonArray { QJsonObject {
            { QStringLiteral("id"), m_branchId },
            { QStringLiteral("code"), QStringLiteral("310101") },
            { QStringLiteral("name"), QStringLiteral("Fake branch") } } };
}

FakeSyncServer::~FakeSyncServer() = default;

QNetworkAccessManager *FakeSyncServer::network() const
{
    return m_network.get();
}

} // namespace bd::test
