#include "app/sync/SyncHttpClient.h"

#include "app/common/SyncLogging.h"
#include "app/common/SyncProtocol.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>

namespace bd {

namespace {
// A reply whose status line arrived but whose body did not (the connection dropped, the
// transfer timed out midway) is no answer: its body is only the part that came.
bool cutShort(const QNetworkReply &reply)
{
    const QNetworkReply::NetworkError error = reply.error();
    return (error > QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied)
            || error == QNetworkReply::ProtocolFailure;
}

// A connection that found no process listening or lost it midway (a server process killed
// or restarting), as opposed to a wrong address, a refused certificate or a timeout.
bool connectionLost(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProtocolFailure:
        return true;
    default:
        return false;
    }
}

bool busy(int status)
{
    return status == 502 || status == 503 || status == 504;
}
} // namespace

QJsonObject SyncHttpClient::Answer::object() const
{
    return QJsonDocument::fromJson(body).object();
}

QString SyncHttpClient::Answer::serverError() const
{
    return object().value(QStringLiteral("error")).toString();
}

SyncHttpClient::SyncHttpClient(QUrl server, QNetworkAccessManager *network)
    : m_server(std::move(server))
    , m_ownNetwork(network ? nullptr : std::make_unique<QNetworkAccessManager>())
    , m_network(network ? network : m_ownNetwork.get())
{
}

SyncHttpClient::~SyncHttpClient() = default;

SyncHttpClient::Answer SyncHttpClient::get(const QString &path)
{
    return send("GET", path, {});
}

SyncHttpClient::Answer SyncHttpClient::post(const QString &path, const QJsonObject &body)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

SyncHttpClient::Answer SyncHttpClient::signIn(const QString &username, const QString &password)
{
    m_token.clear();
    QJsonObject body { { QStringLiteral("username"), username },
                       { QStringLiteral("password"), password },
                       { QStringLiteral("protocol"), SyncProtocol::kVersion } };
    if (!node.isEmpty())
        body.insert(QStringLiteral("node"), node);
    const Answer answer = post(QStringLiteral("/v1/sign-in"), body);
    if (answer.status == 200)
        m_token = answer.object().value(QStringLiteral("token")).toString().toLatin1();
    return answer;
}

Result<SyncHttpClient::Answer> SyncHttpClient::accepted(const Answer &answer,
                                                        const QString &refused) const
{
    if (answer.status == 200)
        return answer;
    QString told = answer.status == 0
            ? QString(unreachableText).arg(answer.networkError)
            : QString(refused).arg(answer.status).arg(answer.serverError());
    if (answer.attempts > 1)
        told += QLatin1Char(' ') + tr("The request was sent %n times.", nullptr, answer.attempts);
    return Error(told);
}

SyncHttpClient::Answer SyncHttpClient::send(const QByteArray &method, const QString &path,
                                            const QByteArray &body)
{
    for (int attempt = 1;; ++attempt) {
        Answer answer = sendOnce(method, path, body);
        answer.attempts = attempt;
        if (!answer.transient || attempt >= retry.attempts)
            return answer;
        pauseBefore(attempt, answer);
        ++m_resent;
    }
}

void SyncHttpClient::pauseBefore(int attempt, const Answer &failed)
{
    const qint64 backoff = qint64(retry.firstPauseMs) << qMin(attempt - 1, 20);
    const qint64 asked = failed.retryAfterSeconds >= 0 ? qint64(failed.retryAfterSeconds) * 1000
                                                       : backoff;
    const int ms = int(qBound(qint64(0), asked, qint64(retry.longestPauseMs)));
    const QString why = failed.status ? QString::number(failed.status) : failed.networkError;
    qCInfo(lcSync).nospace() << "no answer to attempt " << attempt << " (" << why
                             << "); sending again in " << ms << " ms";
    if (retry.pause) {
        retry.pause(ms);
        return;
    }
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
}

SyncHttpClient::Answer SyncHttpClient::sendOnce(const QByteArray &method, const QString &path,
                                                const QByteArray &body)
{
    QNetworkRequest request(m_server.resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, SyncProtocol::userAgent());
    request.setTransferTimeout(timeoutMs);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    if (!caFile.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(caFile, QSsl::Pem);
        request.setSslConfiguration(tls);
    }
    std::unique_ptr<QNetworkReply, void (*)(QNetworkReply *)> reply(
            method == "GET" ? m_network->get(request) : m_network->post(request, body),
            [](QNetworkReply *done) { done->deleteLater(); });
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    if (answer.status == 0 || cutShort(*reply)) {
        answer.status = 0;
        answer.networkError = reply->errorString();
        answer.transient = connectionLost(reply->error());
        return answer;
    }
    answer.transient = busy(answer.status);
    bool seconds = false;
    const int retryAfter = reply->rawHeader("Retry-After").trimmed().toInt(&seconds);
    if (seconds && retryAfter >= 0)
        answer.retryAfterSeconds = retryAfter;
    return answer;
}

} // namespace bd
