#pragma once

#include "app/main/admin/AdminCommand.h"

namespace bd::admin {

// The top level of branchdesk-admin: the list of commands, --help and --version.
class AdminDispatcher : public CommandGroup
{
public:
    AdminDispatcher();
    QString name() const override { return QStringLiteral("branchdesk-admin"); }
    QString summary() const override;

protected:
    QString description() const override;
    QString epilogue(const QString &usage) const override;
    int runOption(const QString &argument) override;
};

} // namespace bd::admin
