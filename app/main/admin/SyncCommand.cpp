#include "app/main/admin/SyncCommand.h"

#include "app/main/admin/AdminText.h"
#include "app/main/admin/CliSignIn.h"
#include "app/main/admin/CommandLine.h"
#include "app/main/admin/Console.h"
#include "app/main/admin/StoreAccess.h"
#include "app/services/staff/AuthService.h"
#include "app/sync/SnapshotDownload.h"
#include "app/sync/SyncEngine.h"
#include "app/sync/WorkstationSignIn.h"
#include "database/core/ClockCorrection.h"
#include "database/core/Store.h"
#include "database/sync/HeldChanges.h"

#include <QFileInfo>
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
    line.addOption(QCommandLineOption(QStringLiteral("new"),
                                      Admin::tr("Make --db as a new workstation database of the "
                                                "branch: from the branch's snapshot on the server "
                                                "if it has one, else page by page.")));
    line.addOption(QCommandLineOption(QStringLiteral("ca-file"),
                                      Admin::tr("PEM file of the certificate authority that signed "
                                                "the server's TLS certificate (https only)."),
                                      QStringLiteral("PATH")));
    if (const std::optional<int> stop = line.parseNoArguments(arguments))
        return *stop;
    const QUrl server(line.value(QStringLiteral("server")), QUrl::StrictMode);
    if (!server.isValid() || (server.scheme() != QLatin1String("http")
                              && server.scheme() != QLatin1String("https")))
        return line.usageError(Admin::tr("--server needs an http:// or https:// address."));
    if (line.user().isEmpty())
        return line.usageError(Admin::tr("--user is required."));

    Store store;
    const bool makeNew = line.isSet(QStringLiteral("new"));
    if (makeNew && QFileInfo::exists(line.databasePath()))
        return line.usageError(
                Admin::tr("--new makes a new database, but %1 exists.").arg(line.databasePath()));
    // The same account signs in here (offline-capable, against the local roster) and at
    // the server, which decides which branch is exchanged.
    const std::optional<QString> password
            = CliSignIn::readSecret("BRANCHDESK_PASSWORD", Admin::tr("Password of %1: ").arg(line.user()));
    if (!password)
        return Failure;
    // A new workstation starts from the branch's ready-made snapshot when the server has
    // one (a file copy); otherwise its first round downloads the branch page by page.
    if (makeNew) {
        SnapshotDownload download(server, line.user(), *password);
        download.caFile = line.value(QStringLiteral("ca-file"));
        const Result<SnapshotDownload::Outcome> installed = download.install(line.databasePath());
        if (Console::failed(installed))
            return Failure;
        if (*installed == SnapshotDownload::Outcome::Installed)
            Console::out(Admin::tr("Branch downloaded from its snapshot: %1 MB, as of change %2")
                                 .arg(download.bytes / (1024 * 1024))
                                 .arg(download.asOf));
    }
    if (makeNew) {
        if (Console::failed(store.open(line.databasePath())))
            return Failure;
    } else if (!StoreAccess::openExisting(store, line.databasePath())) {
        return Failure;
    }
    // A new workstation signed in at the server just now (its first round does again);
    // the roster that came with the branch serves the next, offline-capable sign-ins.
    QSqlQuery roster(store.database());
    const bool newWorkstation = makeNew
            || (roster.exec(QStringLiteral("SELECT NOT EXISTS (SELECT 1 FROM staff_user)"))
                && roster.next() && roster.value(0).toBool());
    roster.finish();
    std::optional<AuthService::Result> local;
    if (makeNew && store.fieldsEncrypted()) {
        // A file from the branch's snapshot is encrypted and holds the roster with its key
        // slots: the user signs in here as at the desk's enrolment, which opens the data key,
        // so that the catch-up's sealed values (a phone edited since the snapshot) can be
        // stored in this same round. Without a slot the round goes on with the key locked.
        WorkstationSignIn signIn(store, server, line.value(QStringLiteral("ca-file")));
        local = signIn.signIn(line.user(), *password).auth;
        if (!local->session)
            Console::err(Admin::tr("The customer data of this database stays locked: %1")
                                 .arg(local->message));
    } else if (makeNew) {
        // The branch came without the roster's password hashes (docs/SECURITY.md §3a): the
        // user's offline verifier, kept now, lets them sign in here afterwards.
        WorkstationSignIn signIn(store, server, line.value(QStringLiteral("ca-file")));
        if (const Result<> kept = signIn.rememberOnline(line.user(), *password); !kept)
            Console::err(Admin::tr("You can sign in on this workstation only while it "
                                   "reaches the server: %1")
                                 .arg(kept.errorString()));
    } else if (!newWorkstation) {
        local = AuthService(store).signIn(line.user(), *password);
        if (!local->session) {
            Console::err(local->message);
            return Failure;
        }
    }

    SyncEngine engine(store, server, line.user(), *password);
    engine.caFile = line.value(QStringLiteral("ca-file"));
    const SyncEngine::Report report = engine.syncOnce();
    QSqlQuery conflicts(store.database());
    int openConflicts = 0;
    if (conflicts.exec(QStringLiteral("SELECT count(*) FROM sync_conflict WHERE reviewed_at IS NULL"))
        && conflicts.next())
        openConflicts = conflicts.value(0).toInt();
    conflicts.finish();
    // Pulled changes this file could not take, set aside with their reason (issue 13).
    int setAside = 0;
    if (conflicts.exec(QStringLiteral("SELECT count(*) FROM sync_conflict WHERE reviewed_at IS NULL "
                                      "AND reason IS NOT NULL"))
        && conflicts.next())
        setAside = conflicts.value(0).toInt();
    // Pulled changes waiting for their record (HeldChanges); one waiting long may never apply.
    const HeldChanges held(store);
    const int waiting = held.count();
    const int waitingLong = held.heldBefore(
            QDateTime::currentDateTimeUtc().addDays(-HeldChanges::kLongWaitDays));

    if (line.json()) {
        Console::json(
                QJsonObject { { QStringLiteral("ok"), report.ok },
                              { QStringLiteral("error"), report.error },
                              { QStringLiteral("pushed"), report.pushed },
                              { QStringLiteral("duplicates"), report.duplicates },
                              { QStringLiteral("refused"), report.refused },
                              { QStringLiteral("pulled"), report.pulled },
                              { QStringLiteral("newConflicts"), report.conflicts },
                              { QStringLiteral("openConflicts"), openConflicts },
                              { QStringLiteral("setAside"), setAside },
                              { QStringLiteral("waiting"), waiting },
                              { QStringLiteral("waitingLong"), waitingLong },
                              { QStringLiteral("clockOffsetMs"), double(report.clockOffsetMs) },
                              { QStringLiteral("fullDownload"), report.fullDownload },
                              { QStringLiteral("baselineRows"), double(report.baselineRows) } });
    } else {
        Console::out(Admin::tr("Sent: %1 (already on the server: %2, refused: %3)")
                             .arg(report.pushed)
                             .arg(report.duplicates)
                             .arg(report.refused));
        if (report.baselineRows > 0)
            Console::out(Admin::tr("Branch downloaded: %1 rows").arg(report.baselineRows));
        Console::out(Admin::tr("Fetched: %1").arg(report.pulled));
        Console::out(Admin::tr("Conflicts: %1 new, %2 waiting for review")
                             .arg(report.conflicts)
                             .arg(openConflicts));
        if (setAside > 0)
            Console::out(Admin::tr("Changes that could not be applied here, set aside with "
                                   "their reason: %1 (see the conflict review)")
                                 .arg(setAside));
        if (waiting > 0)
            Console::out(Admin::tr("Changes waiting for a record that has not arrived: %1")
                                 .arg(waiting));
        if (waitingLong > 0)
            Console::out(Admin::tr("Of these, waiting for more than %1 days: %2 (the record "
                                   "may never come to this workstation)")
                                 .arg(HeldChanges::kLongWaitDays)
                                 .arg(waitingLong));
        if (ClockCorrection::isWrong(report.clockOffsetMs))
            Console::out(Admin::tr("This computer's clock is %1 minute(s) off the server's; "
                                   "changes are stamped with the server's time.")
                                 .arg(report.clockOffsetMs / 60000));
        if (report.fullDownload)
            Console::out(Admin::tr("The server was restored or replaced: the branch was "
                                   "downloaded again."));
        if (!report.ok)
            Console::err(report.error);
    }
    return report.ok ? Success : Failure;
}

} // namespace bd::admin
