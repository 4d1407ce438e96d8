#include "app/sync/ServerSignIn.h"

#include "app/sync/SyncHttpClient.h"

namespace bd {

ServerSignIn::Answer ServerSignIn::signIn(const QUrl &server, const QString &caFile,
                                          const QString &username, const QString &password,
                                          int timeoutMs)
{
    SyncHttpClient client(server);
    client.caFile = caFile;
    client.timeoutMs = timeoutMs;
    return signIn(client, username, password);
}

ServerSignIn::Answer ServerSignIn::signIn(SyncHttpClient &client, const QString &username,
                                          const QString &password)
{
    Answer answer;
    const SyncHttpClient::Answer reply = client.signIn(username, password);
    const QJsonObject granted = reply.object();
    if (reply.status == 0) {
        answer.outcome = Outcome::Unreachable;
        answer.error = QString(client.unreachableText).arg(reply.networkError);
    } else if (reply.status == 200 && client.isSignedIn()) {
        answer.outcome = Outcome::Accepted;
        answer.token = granted.value(QStringLiteral("token")).toString().toLatin1();
        answer.branchId = granted.value(QStringLiteral("branch_id")).toString();
        answer.role = StaffRoles::fromCode(granted.value(QStringLiteral("role")).toString())
                              .value_or(StaffRole::Teller);
        answer.expiresAt = QDateTime::fromString(
                granted.value(QStringLiteral("expires_at")).toString(), Qt::ISODate);
    } else if (reply.status == 401) {
        answer.outcome = Outcome::Refused;
        answer.error = tr("The sync server refused the user name or password (or the account is "
                          "disabled there).");
    } else {
        answer.outcome = Outcome::Failed;
        answer.error = tr("The sync server refused the sign-in (%1): %2")
                               .arg(reply.status)
                               .arg(reply.serverError());
    }
    return answer;
}

} // namespace bd
