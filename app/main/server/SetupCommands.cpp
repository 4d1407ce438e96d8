#include "app/main/server/SetupCommands.h"

#include "app/main/server/EventCommands.h"
#include "app/main/server/SealedBranchFile.h"
#include "app/server/BranchFactsFile.h"
#include "app/server/DeskAccounts.h"
#include "app/server/LogCompaction.h"
#include "app/server/ServerStore.h"
#include "database/baseline/BaselinePage.h"
#include "database/baseline/BranchSnapshot.h"
#include "database/baseline/WithheldSnapshot.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>
#include <functional>

#include <sqlite3.h>

namespace bd::SetupCommands {

namespace {
void complain(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
}

int fail(const QString &message, int code)
{
    complain(message);
    return code;
}

void say(const QString &message)
{
    std::printf("%s\n", qPrintable(message));
    std::fflush(stdout);
}

// The imported file is a workstation: its own accounts (desk-only ones included) are known to
// the server on its node, so that its audit entries keep going up (docs/SECURITY.md 8.2).
Result<> registerFileAccounts(ServerStore &store, const QString &path, const BranchId &branch)
{
    sqlite3 *db = nullptr;
    QString node;
    QList<DeskAccounts::Account> accounts;
    bool ok = sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr)
            == SQLITE_OK;
    auto each = [&](const char *sql, const std::function<void(sqlite3_stmt *)> &row) {
        sqlite3_stmt *statement = nullptr;
        ok = ok && sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK;
        while (ok && sqlite3_step(statement) == SQLITE_ROW)
            row(statement);
        sqlite3_finalize(statement);
    };
    auto text = [](sqlite3_stmt *statement, int column) {
        return QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(statement, column)));
    };
    each("SELECT value FROM app_setting WHERE key = 'node_id'",
         [&](sqlite3_stmt *row) { node = text(row, 0); });
    each("SELECT id, username FROM staff_user",
         [&](sqlite3_stmt *row) { accounts.append({ text(row, 0), text(row, 1) }); });
    const QString problem = ok ? QString() : QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_close(db);
    if (!ok)
        return Error(problem);
    if (node.isEmpty())
        return {}; // a file no workstation ever opened has no audit chain of its own
    return DeskAccounts(store.database()).registerImported(branch, node, accounts);
}

// Writes the ready-made file new, empty workstations download instead of the pages, its
// personal data plain as in the pages (`opener`: the file's branch head's key, if sealed).
// Without it they still get the pages, so a failure is reported but does not fail the
// import.
void makeSnapshot(const QString &path, const QString &snapshotDir, const BranchId &branch,
                  const BranchBaselines::Baseline &baseline,
                  const BaselinePage::Reader::Opener &opener)
{
    QElapsedTimer timer;
    timer.start();
    BranchSnapshot snapshot(snapshotDir);
    snapshot.setOpener(opener);
    const auto made = snapshot.make(path, branch.toString(), baseline.id, baseline.asOf);
    if (!made) {
        complain(snapshot.errorString());
        return;
    }
    // Its copy without personal data, for roles that may not see it (after a 410).
    if (WithheldSnapshot withheld(snapshotDir); !withheld.current(branch.toString(), *made))
        complain(withheld.errorString());
    say(QCoreApplication::translate("server",
                                    "Snapshot for new workstations: %1 (%2 MB, %3 ms: "
                                    "copy %4, clean-up %5, checksum %6).")
                .arg(snapshot.filePath(branch.toString()))
                .arg(made->size / (1024 * 1024))
                .arg(timer.elapsed())
                .arg(snapshot.copyMs)
                .arg(snapshot.stripMs)
                .arg(snapshot.hashMs));
}

// Loads a workstation file's branch (a core-banking load, or `branchdesk-admin demo`) as
// the branch's baseline: every new workstation of the branch starts from it. Personal data
// sealed under the file's own key goes into the pages opened (an administrator of the file
// given), or the import is refused: the server never holds values sealed under a
// workstation's key (docs/SYNC_PROTOCOL.md, docs/SECURITY.md §8).
int importBranch(ServerStore &store, const QString &path, const QString &snapshotDir)
{
    BaselinePage::Reader reader(path);
    const QStringList facts = reader.branch();
    if (!reader.isOpen() || facts.size() != 3)
        return fail(reader.isOpen()
                            ? QCoreApplication::translate("server", "%1 holds no branch.").arg(path)
                            : reader.errorString(),
                    1);
    SealedBranchFile sealedFile;
    BaselinePage::Reader::Opener opener;
    if (const QStringList sealed = reader.sealedColumns(); !sealed.isEmpty()) {
        const QString admin = qEnvironmentVariable("BRANCHDESK_IMPORT_USER");
        if (admin.isEmpty())
            return fail(SealedBranchFile::refusal(path, sealed), 1);
        const Result<> unlocked = sealedFile.unlock(
                path, admin, qEnvironmentVariable("BRANCHDESK_IMPORT_PASSWORD"));
        if (!unlocked)
            return fail(unlocked.errorString(), 1);
        opener = sealedFile.opener();
        reader.setOpener(opener);
    }
    const ServerBranches::Branch branch { BranchId(facts.at(0)), facts.at(1), facts.at(2) };
    if (Result<> known = store.branches().ensure(branch); !known)
        return fail(known.errorString(), 1);
    Result<BranchBaselines::Import> import = store.baselines().beginImport(branch.id);
    if (!import)
        return fail(import.errorString(), 1);
    QString table;
    int count = 0;
    QByteArray body;
    while (reader.next(&table, &count, &body)) {
        if (Result<> added = import->addPage(table, count, body); !added)
            return fail(added.errorString(), 1); // the import rolls back
    }
    if (!reader.errorString().isEmpty())
        return fail(reader.errorString(), 1);
    const Result<BranchBaselines::Baseline> baseline = import->commit();
    if (!baseline)
        return fail(baseline.errorString(), 1);
    QList<CustomerId> customers;
    for (const QString &id : reader.customerIds(facts.at(0)))
        customers << CustomerId(id);
    const Result<> homes
            = store.customerHomes().record(branch.id, customers, CustomerHomes::Mode::Replace);
    if (!homes)
        return fail(homes.errorString(), 1);
    if (const Result<> accounts = registerFileAccounts(store, path, branch.id); !accounts)
        return fail(accounts.errorString(), 1);
    // What the event rules know of the branch's customers starts from the same file.
    const Result<qint64> profiles
            = BranchFactsFile(path).loadInto(store.events().facts(), branch.id, baseline->asOf);
    if (!profiles)
        return fail(profiles.errorString(), 1);
    say(QCoreApplication::translate("server",
                                    "Branch %1 (%2): %3 rows in %4 pages imported as its "
                                    "baseline, as of change %5.")
                .arg(branch.code, branch.id.toString())
                .arg(baseline->rows)
                .arg(baseline->pages)
                .arg(baseline->asOf));
    makeSnapshot(path, snapshotDir, branch.id, *baseline, opener);
    return 0;
}

int addUser(ServerStore &store, const QString &username, const BranchId &branch,
            const QString &roleCode)
{
    const std::optional<StaffRole> role = StaffRoles::fromCode(roleCode);
    const QString password = qEnvironmentVariable("BRANCHDESK_NEW_PASSWORD");
    if (!role)
        return fail(QCoreApplication::translate("server", "Unknown role %1.").arg(roleCode), 2);
    if (password.size() < 8)
        return fail(QCoreApplication::translate("server",
                                                "Set BRANCHDESK_NEW_PASSWORD to a "
                                                "password of at least 8 characters."),
                    2);
    if (!store.branches().contains(branch))
        return fail(
                QCoreApplication::translate("server", "Unknown branch %1.").arg(branch.toString()),
                1);
    if (Result<> added = store.accounts().add(username, branch, *role, password); !added)
        return fail(added.errorString(), 1);
    say(QCoreApplication::translate("server", "User %1 can sign in.").arg(username));
    return 0;
}
} // namespace

QString environmentHelp()
{
    const QList<QPair<QString, QString>> variables {
        { QStringLiteral("BRANCHDESK_NEW_PASSWORD"),
          QCoreApplication::translate("server", "add-user: the new account's password") },
        { QStringLiteral("BRANCHDESK_IMPORT_USER"),
          QCoreApplication::translate("server",
                                      "import-branch: the branch head of the workstation file, "
                                      "whose key opens its encrypted customer data") },
        { QStringLiteral("BRANCHDESK_IMPORT_PASSWORD"),
          QCoreApplication::translate("server", "import-branch: that person's password") },
    };
    QStringList lines;
    for (const auto &[name, what] : variables)
        lines << QStringLiteral("  %1  %2").arg(name.leftJustified(40), what);
    return lines.join(QLatin1Char('\n'));
}

QString importUsage()
{
    return QCoreApplication::translate(
            "server",
            "Usage: branchdesk-server [options] import-branch WORKSTATION_FILE\n"
            "The file's branch becomes the baseline and snapshot new workstations download. "
            "The file is only read, never changed. A file whose customer data is encrypted "
            "under its own key is imported only with BRANCHDESK_IMPORT_USER and "
            "BRANCHDESK_IMPORT_PASSWORD set to the active branch head of that file.");
}

int compactLog(ServerStore &store, const QString &snapshotDir, int retentionDays)
{
    QStringList skipped;
    const Result<QList<LogCompaction::Compacted>> done
            = LogCompaction(store, snapshotDir).run(retentionDays, &skipped);
    for (const QString &line : std::as_const(skipped))
        say(line);
    if (!done)
        return fail(done.errorString(), 1);
    for (const LogCompaction::Compacted &branch : *done)
        say(QCoreApplication::translate("server",
                                        "Branch %1: changes %2 to %3 folded into its snapshot; "
                                        "its log starts after %3.")
                    .arg(branch.branch.toString())
                    .arg(branch.from + 1)
                    .arg(branch.through));
    say(QCoreApplication::translate("server", "%n branch(es) compacted (retention %1 days).",
                                    nullptr, int(done->size()))
                .arg(retentionDays));
    return 0;
}

int run(ServerStore &store, const QStringList &command, const QString &snapshotDir)
{
    if (command.first() == QLatin1String("add-branch") && command.size() == 4) {
        // Run again for an existing branch, it renames it: workstations follow at their
        // next pull (the branch list is reference data, see SYNC_PROTOCOL.md).
        const Result<> added
                = store.branches().ensure({ BranchId(command.at(1)), command.at(2), command.at(3) },
                                          ServerBranches::Existing::Rename);
        if (!added)
            return fail(added.errorString(), 1);
        say(QCoreApplication::translate("server", "Branch %1 is set up.").arg(command.at(2)));
        return 0;
    }
    if (command.first() == QLatin1String("add-user") && command.size() == 4)
        return addUser(store, command.at(1), BranchId(command.at(2)), command.at(3));
    if (command.first() == QLatin1String("import-branch"))
        return command.size() == 2 ? importBranch(store, command.at(1), snapshotDir)
                                   : fail(importUsage(), 2);
    if (EventCommands::handles(command))
        return EventCommands::run(store, command);
    return fail(QCoreApplication::translate("server", "Unknown set-up command; see --help."), 2);
}

} // namespace bd::SetupCommands
