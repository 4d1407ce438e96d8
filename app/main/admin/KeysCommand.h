#pragma once

#include "app/main/admin/AdminCommand.h"

namespace bd::admin {

// `keys rotate-reveal`: a new key to the customers' identifiers (docs/SECURITY.md §3).
class KeysCommand : public CommandGroup
{
public:
    KeysCommand();
    QString name() const override { return QStringLiteral("keys"); }
    QString summary() const override;

protected:
    QString description() const override;
};

} // namespace bd::admin
