#pragma once

#include "database/workspaces/AdminDeskQueries.h"
#include "ui/common/RowTableModel.h"
#include <QCoreApplication>

namespace bd {

// The latest entries of the audit log, newest first.
class AuditEntryModel : public RowTableModel<AuditLine>
{
    Q_DECLARE_TR_FUNCTIONS(AuditEntryModel)

public:
    using RowTableModel::RowTableModel;

protected:
    QStringList headers() const override;
    QVariant cell(const AuditLine &row, int column, int role) const override;
};

} // namespace bd
