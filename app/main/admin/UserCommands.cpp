#include "app/main/admin/UserCommands.h"

#include "app/domain/StaffRole.h"
#include "app/main/admin/AdminText.h"
#include "app/main/admin/CliSignIn.h"
#include "app/main/admin/CommandLine.h"
#include "app/main/admin/Console.h"
#include "app/main/admin/SignedInStore.h"
#include "app/main/admin/StaffRequestCommands.h"
#include "app/main/admin/StoreAccess.h"
#include "app/main/admin/TextTable.h"
#include "app/services/staff/PrivilegeRequests.h"
#include "app/services/staff/UserAdministration.h"
#include "database/core/Store.h"
#include "database/staff/BranchRepository.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace bd::admin {

namespace {

QString roleCodes()
{
    QStringList codes;
    for (const StaffRole role : StaffRoles::all())
        codes << StaffRoles::code(role);
    return codes.join(QStringLiteral(", "));
}

class UserAddCommand : public AdminCommand
{
public:
    QString name() const override { return QStringLiteral("add"); }
    QString summary() const override { return Admin::tr("Add a staff user."); }

    int run(const QStringList &arguments, const QString &usage) override
    {
        CommandLine line(usage,
                         Admin::tr("Adds a staff user. The new password comes from "
                                   "BRANCHDESK_NEW_PASSWORD (or a prompt at a terminal). Needs "
                                   "--user with the permission to manage users, except for the "
                                   "first user of a new database, which must be an "
                                   "administrator. A role that may reveal, export or erase "
                                   "personal data (or the branch head's) is not granted at "
                                   "once: a request is filed, and a second person approves it "
                                   "with user approve, setting the password."));
        line.addUserOption();
        line.addOption({QStringLiteral("username"), Admin::tr("User name of the new user."),
                        Admin::tr("NAME")});
        line.addOption({QStringLiteral("name"), Admin::tr("Display name of the new user."),
                        Admin::tr("DISPLAY")});
        line.addOption({QStringLiteral("role"), Admin::tr("Role: one of %1.").arg(roleCodes()),
                        Admin::tr("ROLE")});
        line.addOption({QStringLiteral("branch"),
                        Admin::tr("Code of the user's branch (default: the signed-in user's, or "
                                  "the only branch)."),
                        Admin::tr("CODE")});
        if (const std::optional<int> stop = line.parseNoArguments(arguments))
            return *stop;
        const QString username = line.value(QStringLiteral("username")).trimmed();
        const QString displayName = line.value(QStringLiteral("name")).trimmed();
        if (username.isEmpty() || displayName.isEmpty() || !line.isSet(QStringLiteral("role")))
            return line.usageError(Admin::tr("--username, --name and --role are needed."));
        const std::optional<StaffRole> role
                = StaffRoles::fromCode(line.value(QStringLiteral("role")).trimmed());
        if (!role)
            return line.usageError(Admin::tr("Unknown role '%1'. Use one of: %2.")
                                           .arg(line.value(QStringLiteral("role")), roleCodes()));

        Store store;
        if (!StoreAccess::openExisting(store, line.databasePath()))
            return Failure;
        const bool bootstrap = StaffRepository(store).all().isEmpty();
        std::optional<Session> session;
        if (bootstrap) {
            if (*role != StaffRole::Admin) {
                Console::err(Admin::tr("The first user of a database must be an administrator "
                                       "(--role admin), or nobody could add more users."));
                return Failure;
            }
        } else {
            if (line.user().isEmpty())
                return line.usageError(Admin::tr("Sign in with --user to add users."));
            session = CliSignIn::signIn(store, line.user());
            if (!session)
                return Failure;
        }

        BranchRepository branches(store);
        QString branchId;
        if (line.isSet(QStringLiteral("branch"))) {
            const std::optional<Branch> branch
                    = branches.byCode(line.value(QStringLiteral("branch")).trimmed());
            if (!branch) {
                Console::err(Admin::tr("There is no branch %1.")
                                     .arg(line.value(QStringLiteral("branch"))));
                return Failure;
            }
            branchId = branch->id;
        } else if (session) {
            branchId = session->branch.id;
        } else {
            const QList<Branch> all = branches.all();
            if (all.size() != 1) {
                Console::err(all.isEmpty()
                                     ? Admin::tr("The database has no branch yet: run init first.")
                                     : Admin::tr("Say which branch with --branch CODE."));
                return Failure;
            }
            branchId = all.constFirst().id;
        }

        // A role that may reach personal data: filed for a second person, who sets the
        // password when approving it.
        if (session && PrivilegeRequests::needsSecondPerson(*role)) {
            const Result<StaffRequest> request = PrivilegeRequests(store, *session)
                                                         .requestUser(username, displayName,
                                                                      *role, branchId);
            return reportFiled(request);
        }
        const std::optional<QString> password
                = CliSignIn::readNewPassword("BRANCHDESK_NEW_PASSWORD");
        if (!password)
            return Failure;
        UserAdministration administration(store, session ? &*session : nullptr);
        const Result<StaffUser> user
                = administration.addUser(username, displayName, *role, *password, branchId);
        if (Console::failed(user))
            return Failure;
        Console::out(Admin::tr("Added %1 (%2) as %3.")
                             .arg(user->username, user->displayName, StaffRoles::label(user->role)));
        return Success;
    }
};

class UserListCommand : public AdminCommand
{
public:
    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override { return Admin::tr("List the staff users."); }

    int run(const QStringList &arguments, const QString &usage) override
    {
        CommandLine line(usage, Admin::tr("Lists the staff users of the database (never their "
                                          "passwords). Needs --user with the permission to "
                                          "manage users."));
        line.addUserOption();
        line.addJsonOption();
        if (const std::optional<int> stop = line.parseNoArguments(arguments))
            return *stop;
        SignedInStore signedIn;
        if (const int code = signedIn.open(line, Admin::tr("Sign in with --user to list users."));
            code != Success)
            return code;
        Store &store = signedIn.store;
        UserAdministration administration(store, &*signedIn.session);
        const Result<QList<StaffUser>> listed = administration.users();
        if (Console::failed(listed))
            return Failure;
        const QList<StaffUser> &users = *listed;
        QHash<QString, QString> branchCodes;
        for (const Branch &branch : BranchRepository(store).all())
            branchCodes.insert(branch.id, branch.code);

        if (line.json()) {
            QJsonArray array;
            for (const StaffUser &user : users) {
                array.append(QJsonObject{
                        {QStringLiteral("id"), user.id},
                        {QStringLiteral("username"), user.username},
                        {QStringLiteral("displayName"), user.displayName},
                        {QStringLiteral("role"), StaffRoles::code(user.role)},
                        {QStringLiteral("branch"), branchCodes.value(user.branchId)},
                        {QStringLiteral("active"), user.active},
                        {QStringLiteral("locked"), user.lockedUntil.isValid()
                                 && user.lockedUntil > QDateTime::currentDateTimeUtc()},
                        {QStringLiteral("lastSignInAt"),
                         user.lastSignInAt.isValid()
                                 ? QJsonValue(user.lastSignInAt.toString(Qt::ISODate))
                                 : QJsonValue()},
                });
            }
            Console::json(array);
            return Success;
        }
        TextTable table({Admin::tr("User"), Admin::tr("Name"), Admin::tr("Role"),
                         Admin::tr("Branch"), Admin::tr("Active"), Admin::tr("Last sign-in")});
        for (const StaffUser &user : users) {
            // The role in words for people; --json keeps the code (what --role takes).
            table.addRow({user.username, user.displayName, StaffRoles::label(user.role),
                          branchCodes.value(user.branchId),
                          user.active ? Admin::tr("yes") : Admin::tr("no"),
                          user.lastSignInAt.isValid()
                                  ? user.lastSignInAt.toLocalTime().toString(
                                          QStringLiteral("yyyy-MM-dd HH:mm"))
                                  : QStringLiteral("-")});
        }
        table.print();
        return Success;
    }
};

class UserPasswordCommand : public AdminCommand
{
public:
    QString name() const override { return QStringLiteral("passwd"); }
    QString summary() const override { return Admin::tr("Set a staff user's password."); }

    int run(const QStringList &arguments, const QString &usage) override
    {
        CommandLine line(usage,
                         Admin::tr("Sets the password of a staff user. The new password comes "
                                   "from BRANCHDESK_NEW_PASSWORD (or a prompt at a terminal). "
                                   "Needs --user with the permission to manage users. Another "
                                   "person's password is not set at once: a request is filed, "
                                   "and a second person sets it with user approve."));
        line.addUserOption();
        line.addOption({QStringLiteral("username"), Admin::tr("Whose password to set."),
                        Admin::tr("NAME")});
        if (const std::optional<int> stop = line.parseNoArguments(arguments))
            return *stop;
        const QString username = line.value(QStringLiteral("username")).trimmed();
        if (username.isEmpty())
            return line.usageError(Admin::tr("--username is needed."));
        SignedInStore signedIn;
        if (const int code = signedIn.open(line, Admin::tr("Sign in with --user to set passwords."));
            code != Success)
            return code;
        Store &store = signedIn.store;
        const Session &session = *signedIn.session;
        // Another person's password: filed for a second person, who sets it.
        if (username != session.user.username) {
            const Result<StaffRequest> request
                    = PrivilegeRequests(store, session).requestPasswordReset(username);
            return reportFiled(request);
        }
        const std::optional<QString> password
                = CliSignIn::readNewPassword("BRANCHDESK_NEW_PASSWORD");
        if (!password)
            return Failure;
        UserAdministration administration(store, &session);
        if (Console::failed(administration.setPassword(username, *password)))
            return Failure;
        Console::out(Admin::tr("The password of %1 was set.").arg(username));
        return Success;
    }
};

} // namespace

UserCommands::UserCommands()
{
    add(std::make_unique<UserAddCommand>());
    add(std::make_unique<UserListCommand>());
    add(std::make_unique<UserPasswordCommand>());
    add(makeUserRequestsCommand());
    add(makeUserApproveCommand());
}

QString UserCommands::summary() const
{
    return Admin::tr("Add and list staff users, set passwords, approve requests.");
}

QString UserCommands::description() const
{
    return Admin::tr("Staff accounts of the database. These commands sign in with --user "
                     "(an administrator), except adding the first user of a new database.");
}

} // namespace bd::admin
