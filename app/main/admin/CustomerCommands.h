#pragma once

#include "app/main/admin/AdminCommand.h"

namespace bd::admin {

// `customer find|show|edit`: customers through CustomerService, so what is printed is
// masked and every edit is validated, synced and audited like one made in the workstation.
class CustomerCommands : public CommandGroup
{
public:
    CustomerCommands();
    QString name() const override { return QStringLiteral("customer"); }
    QString summary() const override;

protected:
    QString description() const override;
};

} // namespace bd::admin
