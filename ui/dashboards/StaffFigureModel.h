#pragma once

#include "database/workspaces/BranchHeadDeskQueries.h"
#include "ui/common/RowTableModel.h"
#include <QCoreApplication>

namespace bd {

// The branch's staff with their book size and open work.
class StaffFigureModel : public RowTableModel<StaffFigureLine>
{
    Q_DECLARE_TR_FUNCTIONS(StaffFigureModel)

public:
    using RowTableModel::RowTableModel;

protected:
    QStringList headers() const override;
    QVariant cell(const StaffFigureLine &row, int column, int role) const override;
};

} // namespace bd
