#include "app/main/admin/InitCommand.h"

#include "app/main/admin/AdminText.h"
#include "app/main/admin/CliSignIn.h"
#include "app/main/admin/CommandLine.h"
#include "app/main/admin/Console.h"
#include "app/main/admin/StoreAccess.h"
#include "app/services/core/AuditTrail.h"
#include "app/services/core/WorkstationStore.h"
#include "app/services/staff/UserAdministration.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/staff/BranchRepository.h"
#include "database/workspaces/StatisticsRepository.h"

#include <QDir>
#include <QJsonObject>

namespace bd::admin {

namespace {
const QString kDefaultBranchCode = QStringLiteral("310101");
}

QString InitCommand::summary() const
{
    return Admin::tr("Create a new, empty database with its branch and first administrator.");
}

int InitCommand::run(const QStringList &arguments, const QString &usage)
{
    CommandLine line(usage,
                     Admin::tr("Creates a new BranchDesk database at --db with one branch. With "
                               "--admin-user it also creates the first administrator, whose "
                               "password comes from BRANCHDESK_PASSWORD (or a prompt at a "
                               "terminal). A file that already holds data, is newer than this "
                               "program, damaged or not a BranchDesk database is refused and "
                               "left untouched."));
    line.addOption({QStringLiteral("branch"),
                    Admin::tr("Code of the branch (default: %1).").arg(kDefaultBranchCode),
                    Admin::tr("CODE"), kDefaultBranchCode});
    line.addOption({QStringLiteral("branch-name"),
                    Admin::tr("Name of the branch (default: \"%1\").").arg(Admin::tr("Main branch")),
                    Admin::tr("NAME")});
    line.addOption({QStringLiteral("branch-city"), Admin::tr("City of the branch."),
                    Admin::tr("CITY")});
    line.addOption({QStringLiteral("admin-user"),
                    Admin::tr("Also create this administrator (user name)."), Admin::tr("NAME")});
    line.addOption({QStringLiteral("admin-name"),
                    Admin::tr("Display name of the administrator (default: the user name)."),
                    Admin::tr("NAME")});
    if (const std::optional<int> stop = line.parseNoArguments(arguments))
        return *stop;

    Branch branch;
    branch.code = line.value(QStringLiteral("branch")).trimmed();
    branch.name = line.isSet(QStringLiteral("branch-name"))
            ? line.value(QStringLiteral("branch-name")).trimmed()
            : Admin::tr("Main branch");
    branch.city = line.value(QStringLiteral("branch-city")).trimmed();
    if (branch.code.isEmpty() || branch.name.isEmpty())
        return line.usageError(Admin::tr("The branch needs a code and a name."));

    // Ask for the password before touching the file, so a refusal leaves nothing behind.
    const QString adminUser = line.value(QStringLiteral("admin-user")).trimmed();
    QString adminPassword;
    if (!adminUser.isEmpty()) {
        const std::optional<QString> password = CliSignIn::readNewPassword("BRANCHDESK_PASSWORD");
        if (!password)
            return Failure;
        adminPassword = *password;
    }

    const QString path = line.databasePath();
    Store store;
    if (Console::failed(WorkstationStore::open(store, path, StoreAccess::upgradeLines())))
        return Failure;
    const StoreStatistics existing = StatisticsRepository(store).collect().valueOr({});
    if (existing.branches > 0 || existing.staff > 0 || existing.customers > 0) {
        Console::err(Admin::tr("%1 already holds a BranchDesk database with data. It was left "
                               "untouched.")
                             .arg(QDir::toNativeSeparators(path)));
        return Failure;
    }

    {
        Transaction transaction(store.database());
        Result<> saved = BranchRepository(store).insert(branch);
        if (saved)
            saved = AuditTrail(store).recordAnonymous(QStringLiteral("setup"),
                                                      QStringLiteral("database_init"),
                                                      QStringLiteral("branch"), branch.id,
                                                      {{QStringLiteral("code"), branch.code}})
                    ? transaction.commit()
                    : Error(QString());
        if (!saved) {
            Console::err(Admin::tr("The branch could not be saved: %1").arg(saved.errorString()));
            StoreAccess::removeCreated(store);
            return Failure;
        }
    }

    if (!adminUser.isEmpty()) {
        UserAdministration administration(store, nullptr);
        const QString displayName = line.isSet(QStringLiteral("admin-name"))
                ? line.value(QStringLiteral("admin-name"))
                : adminUser;
        if (const Result<StaffUser> added = administration.addUser(
                    adminUser, displayName, StaffRole::Admin, adminPassword, branch.id);
            !added) {
            Console::err(added.errorString());
            StoreAccess::removeCreated(store);
            return Failure;
        }
    }

    Console::out(Admin::tr("Created the BranchDesk database %1 (schema version %2) for branch "
                           "%3 %4.")
                         .arg(QDir::toNativeSeparators(store.path()))
                         .arg(store.schemaVersion())
                         .arg(branch.code, branch.name));
    if (!adminUser.isEmpty()) {
        Console::out(Admin::tr("The administrator %1 can sign in now.").arg(adminUser));
    } else {
        Console::out(Admin::tr("It has no users yet: add the first administrator with\n"
                               "  branchdesk-admin user add --db %1 --username NAME --name "
                               "\"Display name\" --role admin")
                             .arg(QDir::toNativeSeparators(store.path())));
    }
    return Success;
}

} // namespace bd::admin
