#pragma once

#include "app/main/admin/AdminCommand.h"

namespace bd::admin {

// `stats`: counts per table. Shows no personal data, so it needs no sign-in.
class StatsCommand : public AdminCommand
{
public:
    QString name() const override { return QStringLiteral("stats"); }
    QString summary() const override;
    int run(const QStringList &arguments, const QString &usage) override;
};

} // namespace bd::admin
