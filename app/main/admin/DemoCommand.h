#pragma once

#include "app/main/admin/AdminCommand.h"

namespace bd::admin {

// `demo`: a new database filled with a generated branch (DemoBranchGenerator).
class DemoCommand : public AdminCommand
{
public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override;
    int run(const QStringList &arguments, const QString &usage) override;
};

} // namespace bd::admin
