#include "app/sync/SyncHttpClient.h"

#include "app/common/SyncProtocol.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>

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
    if (answer.status == 0)
        return Error(QString(unreachableText).arg(answer.networkError));
    if (answer.status != 200)
        return Error(QString(refused).arg(answer.status).arg(answer.serverError()));
    return answer;
}

SyncHttpClient::Answer SyncHttpClient::send(const QByteArray &method, const QString &path,
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
    }
    return answer;
}

} // namespace bd
