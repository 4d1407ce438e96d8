#include "app/main/admin/AuditCommand.h"

#include "app/main/admin/AdminText.h"
#include "app/main/admin/CommandLine.h"
#include "app/main/admin/Console.h"
#include "app/main/admin/StoreAccess.h"
#include "app/main/admin/CliSignIn.h"
#include "app/services/core/AuditTrail.h"
#include "app/sync/ServerAuditCheckpoint.h"
#include "app/sync/SyncHttpClient.h"
#include "database/core/Store.h"

#include <QJsonObject>
#include <QUrl>

namespace bd::admin {

namespace {

// The online half (docs/SECURITY.md §8.2): the server's latest checkpoint of this
// workstation's chain, or nothing after printing why.
std::optional<AuditCheckpoint> serverCheckpoint(Store &store, const QUrl &server,
                                                const QString &user, const QString &caFile)
{
    const std::optional<QString> password = CliSignIn::readSecret(
            "BRANCHDESK_PASSWORD", Admin::tr("Password of %1: ").arg(user));
    if (!password)
        return std::nullopt;
    SyncHttpClient client(server);
    client.caFile = caFile;
    client.node = store.nodeId();
    Result<SyncHttpClient::Answer> signedIn = client.accepted(
            client.signIn(user, *password), Admin::tr("The sync server refused the sign-in (%1): %2"));
    if (signedIn && !client.isSignedIn())
        signedIn = Error(Admin::tr("The sync server gave no token."));
    if (Console::failed(signedIn))
        return std::nullopt;
    Result<AuditCheckpoint> checkpoint = ServerAuditCheckpoint::fetch(store, client);
    if (Console::failed(checkpoint))
        return std::nullopt;
    return *checkpoint;
}

class AuditVerifyCommand : public AdminCommand
{
public:
    QString name() const override { return QStringLiteral("verify"); }
    QString summary() const override
    {
        return Admin::tr("Check that no audit entry was edited, deleted or reordered.");
    }

    int run(const QStringList &arguments, const QString &usage) override
    {
        CommandLine line(usage,
                         Admin::tr("Recomputes the hash chain of the audit log and holds it "
                                   "to the last checkpoint the sync server signed for it (kept "
                                   "at each sync). Exits with 0 if it is intact, with 1 and the "
                                   "first bad entry if any entry was edited, deleted or "
                                   "reordered, or if the chain was cut short or rewritten "
                                   "since the server vouched for it."));
        line.addJsonOption();
        line.addUserOption();
        line.addOption(QCommandLineOption(
                QStringLiteral("server"),
                Admin::tr("Also compare the audit log with the latest checkpoint the sync "
                          "server holds for this workstation (needs --user; the password "
                          "from BRANCHDESK_PASSWORD or the prompt)."),
                QStringLiteral("URL")));
        line.addOption(QCommandLineOption(QStringLiteral("ca-file"),
                                          Admin::tr("PEM file of the certificate authority "
                                                    "that signed the server's TLS certificate "
                                                    "(https only)."),
                                          QStringLiteral("PATH")));
        if (const std::optional<int> stop = line.parseNoArguments(arguments))
            return *stop;
        const QUrl server(line.value(QStringLiteral("server")), QUrl::StrictMode);
        const bool online = line.isSet(QStringLiteral("server"));
        if (online && (!server.isValid() || (server.scheme() != QLatin1String("http")
                                             && server.scheme() != QLatin1String("https"))))
            return line.usageError(Admin::tr("--server needs an http:// or https:// address."));
        if (online && line.user().isEmpty())
            return line.usageError(Admin::tr("--server needs --user."));

        Store store;
        if (!StoreAccess::openExisting(store, line.databasePath()))
            return Failure;
        AuditTrail::Verification verification = AuditTrail(store).verify();
        if (online && verification.intact) {
            const std::optional<AuditCheckpoint> latest = serverCheckpoint(
                    store, server, line.user(), line.value(QStringLiteral("ca-file")));
            if (!latest)
                return Failure;
            verification = AuditTrail(store).verifyAgainst(*latest);
        }
        if (line.json()) {
            Console::json(QJsonObject{{QStringLiteral("intact"), verification.intact},
                                      {QStringLiteral("entries"), verification.entries},
                                      {QStringLiteral("firstBadSeq"), verification.firstBadSeq},
                                      {QStringLiteral("problem"), verification.problem},
                                      {QStringLiteral("anchoredSeq"),
                                       double(verification.anchoredSeq)}});
        } else if (verification.intact) {
            Console::out(Admin::tr("The audit log is intact: %n entries.", nullptr,
                                   int(verification.entries)));
        } else {
            Console::err(Admin::tr("The audit log is broken at entry %1: %2.")
                                 .arg(verification.firstBadSeq)
                                 .arg(verification.problem));
        }
        return verification.intact ? Success : Failure;
    }
};

} // namespace

AuditCommand::AuditCommand()
{
    add(std::make_unique<AuditVerifyCommand>());
}

QString AuditCommand::summary() const
{
    return Admin::tr("Verify the audit log's hash chain.");
}

QString AuditCommand::description() const
{
    return Admin::tr("The audit log is append-only and hash-chained: each entry's hash covers "
                     "the entry before it, so editing or deleting any entry is detected.");
}

} // namespace bd::admin
