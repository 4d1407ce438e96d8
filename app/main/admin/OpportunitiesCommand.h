#pragma once

#include "app/main/admin/AdminCommand.h"

namespace bd::admin {

// `opportunities --user NAME [--json]`: the open opportunities of the person signed in, as
// the last sync left them in this file (issue #17, docs/EVENTS.md).
class OpportunitiesCommand : public AdminCommand
{
public:
    QString name() const override { return QStringLiteral("opportunities"); }
    QString summary() const override;
    int run(const QStringList &arguments, const QString &usage) override;
};

} // namespace bd::admin
