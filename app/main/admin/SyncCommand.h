#pragma once

#include "app/main/admin/AdminCommand.h"

namespace bd::admin {

// `sync`: one sync round with branchdesk-server, headless, as a signed-in user.
class SyncCommand : public AdminCommand
{
public:
    QString name() const override { return QStringLiteral("sync"); }
    QString summary() const override;
    int run(const QStringList &arguments, const QString &usage) override;
};

} // namespace bd::admin
