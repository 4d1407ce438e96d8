#pragma once

#include "RowTableModel.h"
#include "WorkspaceQueries.h"
#include <QCoreApplication>

namespace bd {

// Open call tasks ranked by how easy the customer is to close now.
class CallTaskModel : public RowTableModel<CallTaskLine>
{
    Q_DECLARE_TR_FUNCTIONS(CallTaskModel)

public:
    using RowTableModel::RowTableModel;

protected:
    QStringList headers() const override;
    QVariant cell(const CallTaskLine &row, int column, int role) const override;
};

} // namespace bd
