#include "app/sync/ServerSignIn.h"

#include "app/common/SyncProtocol.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>

namespace bd {

ServerSignIn::Answer ServerSignIn::signIn(const QUrl &server, const QString &caFile,
                                          const QString &username, const QString &password,
                                          int timeoutMs)
{
    Answer answer;
    QNetworkAccessManager network;
    QNetworkRequest request(server.resolved(QUrl(QStringLiteral("/v1/sign-in"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, SyncProtocol::userAgent());
    request.setTransferTimeout(timeoutMs);
    if (!caFile.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(caFile, QSsl::Pem);
        request.setSslConfiguration(tls);
    }
    const QJsonObject body { { QStringLiteral("username"), username },
                             { QStringLiteral("password"), password },
                             { QStringLiteral("protocol"), SyncProtocol::kVersion } };
    QNetworkReply *reply = network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject reply200 = QJsonDocument::fromJson(reply->readAll()).object();
    if (status == 0) {
        answer.outcome = Outcome::Unreachable;
        answer.error = tr("The sync server cannot be reached (%1).").arg(reply->errorString());
    } else if (status == 200 && !reply200.value(QStringLiteral("token")).toString().isEmpty()) {
        answer.outcome = Outcome::Accepted;
        answer.token = reply200.value(QStringLiteral("token")).toString().toLatin1();
        answer.branchId = reply200.value(QStringLiteral("branch_id")).toString();
        answer.role = StaffRoles::fromCode(reply200.value(QStringLiteral("role")).toString())
                              .value_or(StaffRole::Teller);
        answer.expiresAt = QDateTime::fromString(reply200.value(QStringLiteral("expires_at")).toString(),
                                                 Qt::ISODate);
    } else if (status == 401) {
        answer.outcome = Outcome::Refused;
        answer.error = tr("The sync server refused the user name or password (or the account is "
                          "disabled there).");
    } else {
        answer.outcome = Outcome::Failed;
        answer.error = tr("The sync server refused the sign-in (%1): %2")
                               .arg(status)
                               .arg(reply200.value(QStringLiteral("error")).toString());
    }
    reply->deleteLater();
    return answer;
}

} // namespace bd
