#pragma once

#include "app/main/admin/AdminCommand.h"

namespace bd::admin {

// `import customers|holdings FILE.csv`: core-banking exports through CustomerImport and
// HoldingImport: validated row by row, applied in one transaction, every rejected row
// reported with its line and reason.
class ImportCommands : public CommandGroup
{
public:
    ImportCommands();
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;

protected:
    QString description() const override;
};

} // namespace bd::admin
