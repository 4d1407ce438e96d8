#pragma once

#include <QCoreApplication>

namespace bd::admin {

// Translation context of everything branchdesk-admin says: Admin::tr("...") is
// QCoreApplication::translate("admin", "...").
struct Admin
{
    Q_DECLARE_TR_FUNCTIONS(admin)
};

// Exit status of every command.
enum ExitCode : int {
    Success = 0,
    Failure = 1,  // the command ran and failed, or was refused
    BadUsage = 2, // unknown command or option, missing or malformed argument
};

} // namespace bd::admin
