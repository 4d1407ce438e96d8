#pragma once

#include "app/main/admin/AdminCommand.h"

namespace bd::admin {

// `audit verify`: checks the hash chain of the audit log.
class AuditCommand : public CommandGroup
{
public:
    AuditCommand();
    QString name() const override { return QStringLiteral("audit"); }
    QString summary() const override;

protected:
    QString description() const override;
};

} // namespace bd::admin
