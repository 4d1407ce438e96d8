#pragma once

#include "app/main/admin/AdminCommand.h"

namespace bd::admin {

// `init`: a new, empty database with its branch and, optionally, the first administrator.
class InitCommand : public AdminCommand
{
public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override;
    int run(const QStringList &arguments, const QString &usage) override;
};

} // namespace bd::admin
