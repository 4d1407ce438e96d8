#pragma once

#include "app/main/admin/AdminCommand.h"

namespace bd::admin {

// `user add|list|passwd|requests|approve`: staff accounts, through UserAdministration
// (ManageUsers) and PrivilegeRequests (four eyes).
class UserCommands : public CommandGroup
{
public:
    UserCommands();
    QString name() const override { return QStringLiteral("user"); }
    QString summary() const override;

protected:
    QString description() const override;
};

} // namespace bd::admin
