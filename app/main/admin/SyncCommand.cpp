#include "SyncCommand.h"

#include "AdminText.h"
#include "AuthService.h"
#include "CliSignIn.h"
#include "CommandLine.h"
#include "Console.h"
#include "Store.h"
#include "StoreAccess.h"
#include "SyncEngine.h"

#include <QJsonObject>
#include <QSqlQuery>
#include <QUrl>

namespace bd::admin {

QString SyncCommand::summary() const
{
    return Admin::tr("Send this workstation's changes to the sync server and fetch the branch's.");
}

int SyncCommand::run(const QStringList &arguments, const QString &usage)
{
    CommandLine line(usage,
                     Admin::tr("Runs one sync round with branchdesk-server: sends the changes "
                               "waiting in this database, then fetches and applies the "
                               "branch's changes. Prints what was sent, fetched and left in "
                               "conflict. Nothing waiting is lost if the server cannot be "
                               "reached."));
    line.addUserOption();
    line.addJsonOption();
    line.addOption(QCommandLineOption(QStringLiteral("server"),
                                      Admin::tr("Address of the sync server, e.g. "
                                                "http://127.0.0.1:8470."),
                                      QStringLiteral("URL")));
    if (const std::optional<int> stop = line.parse(arguments))
        return *stop;
    if (!line.positional().isEmpty())
        return line.usageError(Admin::tr("Unexpected argument '%1'.").arg(line.positional().first()));
    const QUrl server(line.value(QStringLiteral("server")), QUrl::StrictMode);
    if (!server.isValid() || (server.scheme() != QLatin1String("http")
                              && server.scheme() != QLatin1String("https")))
        return line.usageError(Admin::tr("--server needs an http:// or https:// address."));
    if (line.user().isEmpty())
        return line.usageError(Admin::tr("--user is required."));

    Store store;
    if (!StoreAccess::openExisting(store, line.databasePath()))
        return Failure;
    // The same account signs in here (offline-capable, against the local roster) and at
    // the server, which decides which branch is exchanged.
    const std::optional<QString> password
            = CliSignIn::readSecret("BRANCHDESK_PASSWORD", Admin::tr("Password of %1: ").arg(line.user()));
    if (!password)
        return Failure;
    const AuthService::Result local = AuthService(store).signIn(line.user(), *password);
    if (!local.session) {
        Console::err(local.message);
        return Failure;
    }

    SyncEngine engine(store, server, line.user(), *password);
    const SyncEngine::Report report = engine.syncOnce();
    QSqlQuery conflicts(store.database());
    int openConflicts = 0;
    if (conflicts.exec(QStringLiteral("SELECT count(*) FROM sync_conflict WHERE reviewed_at IS NULL"))
        && conflicts.next())
        openConflicts = conflicts.value(0).toInt();

    if (line.json()) {
        Console::json(QJsonObject{{QStringLiteral("ok"), report.ok},
                                  {QStringLiteral("error"), report.error},
                                  {QStringLiteral("pushed"), report.pushed},
                                  {QStringLiteral("duplicates"), report.duplicates},
                                  {QStringLiteral("refused"), report.refused},
                                  {QStringLiteral("pulled"), report.pulled},
                                  {QStringLiteral("newConflicts"), report.conflicts},
                                  {QStringLiteral("openConflicts"), openConflicts},
                                  {QStringLiteral("fullDownload"), report.fullDownload}});
    } else {
        Console::out(Admin::tr("Sent: %1 (already on the server: %2, refused: %3)")
                             .arg(report.pushed)
                             .arg(report.duplicates)
                             .arg(report.refused));
        Console::out(Admin::tr("Fetched: %1").arg(report.pulled));
        Console::out(Admin::tr("Conflicts: %1 new, %2 waiting for review")
                             .arg(report.conflicts)
                             .arg(openConflicts));
        if (report.fullDownload)
            Console::out(Admin::tr("The server was restored or replaced: the branch was "
                                   "downloaded again."));
        if (!report.ok)
            Console::err(report.error);
    }
    return report.ok ? Success : Failure;
}

} // namespace bd::admin
