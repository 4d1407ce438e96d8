#include "app/main/admin/StaffRequestCommands.h"

#include "app/main/admin/AdminText.h"
#include "app/main/admin/CliSignIn.h"
#include "app/main/admin/CommandLine.h"
#include "app/main/admin/Console.h"
#include "app/main/admin/SignedInStore.h"
#include "app/main/admin/TextTable.h"
#include "app/services/staff/PrivilegeRequests.h"

#include <QJsonArray>
#include <QJsonObject>

namespace bd::admin {

namespace {

QString kindText(const StaffRequest &request)
{
    return request.kind == StaffRequest::Kind::AddUser
            ? Admin::tr("add %1 as %2").arg(request.username, StaffRoles::label(request.role))
            : Admin::tr("set the password of %1").arg(request.username);
}

class UserRequestsCommand : public AdminCommand
{
public:
    QString name() const override { return QStringLiteral("requests"); }
    QString summary() const override
    {
        return Admin::tr("List requests that wait for a second person.");
    }

    int run(const QStringList &arguments, const QString &usage) override
    {
        CommandLine line(usage, Admin::tr("Lists the requests (privileged roles, other people's "
                                          "passwords) that wait for a second person's "
                                          "approval. Needs an administrator or the branch "
                                          "head."));
        line.addUserOption();
        line.addJsonOption();
        SignedInStore signedIn;
        if (const std::optional<int> stop = signedIn.parseAndOpen(line, arguments))
            return *stop;
        const Result<QList<StaffRequest>> pending
                = PrivilegeRequests(signedIn.store, *signedIn.session).pending();
        if (Console::failed(pending))
            return Failure;
        if (line.json()) {
            QJsonArray list;
            for (const StaffRequest &request : *pending) {
                list.append(QJsonObject{
                        {QStringLiteral("id"), request.id},
                        {QStringLiteral("kind"),
                         request.kind == StaffRequest::Kind::AddUser
                                 ? QStringLiteral("add_user")
                                 : QStringLiteral("reset_password")},
                        {QStringLiteral("username"), request.username},
                        {QStringLiteral("role"), request.kind == StaffRequest::Kind::AddUser
                                                         ? StaffRoles::code(request.role)
                                                         : QString()},
                        {QStringLiteral("requestedBy"), request.requestedBy},
                        {QStringLiteral("requestedAt"),
                         request.requestedAt.toString(Qt::ISODate)}});
            }
            Console::json(list);
            return Success;
        }
        TextTable table({Admin::tr("Request"), Admin::tr("What"), Admin::tr("Requested at")});
        for (const StaffRequest &request : *pending)
            table.addRow({request.id, kindText(request), request.requestedAt.toString(Qt::ISODate)});
        table.print();
        return Success;
    }
};

class UserApproveCommand : public AdminCommand
{
public:
    QString name() const override { return QStringLiteral("approve"); }
    QString summary() const override
    {
        return Admin::tr("Approve a request as the second person, setting the password.");
    }

    int run(const QStringList &arguments, const QString &usage) override
    {
        CommandLine line(usage,
                         Admin::tr("Carries out a request another administrator made: adds the "
                                   "user with a privileged role, or sets another person's "
                                   "password. The approver (--user) is another administrator "
                                   "or the branch head, not the one who asked nor the account "
                                   "concerned, and sets the password: it comes from "
                                   "BRANCHDESK_NEW_PASSWORD (or a prompt at a terminal). Both "
                                   "steps are in the audit log."));
        line.addUserOption();
        line.addPositional(QStringLiteral("request"), Admin::tr("The request's id."),
                           QStringLiteral("REQUEST"));
        if (const std::optional<int> stop = line.parse(arguments))
            return *stop;
        if (line.positional().size() != 1)
            return line.usageError(Admin::tr("Give one REQUEST."));
        SignedInStore signedIn;
        if (const int code = signedIn.open(line); code != Success)
            return code;
        const std::optional<QString> password
                = CliSignIn::readNewPassword("BRANCHDESK_NEW_PASSWORD");
        if (!password)
            return Failure;
        const Result<StaffRequest> approved = PrivilegeRequests(signedIn.store, *signedIn.session)
                                                      .approve(line.positional().first(),
                                                               *password);
        if (Console::failed(approved))
            return Failure;
        Console::out(Admin::tr("Approved: %1.").arg(kindText(*approved)));
        return Success;
    }
};

} // namespace

std::unique_ptr<AdminCommand> makeUserRequestsCommand()
{
    return std::make_unique<UserRequestsCommand>();
}

std::unique_ptr<AdminCommand> makeUserApproveCommand()
{
    return std::make_unique<UserApproveCommand>();
}

int reportFiled(const Result<StaffRequest> &request)
{
    if (Console::failed(request))
        return Failure;
    Console::out(Admin::tr("This needs a second person (%1). Request %2 is waiting: another "
                           "administrator or the branch head approves it with "
                           "`branchdesk-admin user approve %2` and sets the password.")
                         .arg(kindText(*request), request->id));
    return Success;
}

} // namespace bd::admin
