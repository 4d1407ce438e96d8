#pragma once

#include "app/main/admin/AdminCommand.h"

namespace bd::admin {

// `rules validate FILE`: checks an event rule file (docs/EVENTS.md) and lists every problem
// with its JSON path; no database and no sign-in.
class RulesCommand : public CommandGroup
{
public:
    RulesCommand();
    QString name() const override { return QStringLiteral("rules"); }
    QString summary() const override;

protected:
    QString description() const override;
};

} // namespace bd::admin
