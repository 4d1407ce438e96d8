#pragma once

#include "database/workspaces/WealthManagerDeskQueries.h"
#include "ui/common/RowTableModel.h"
#include <QCoreApplication>

namespace bd {

// Care-plan tasks that are due (90-day new-customer flow, birthdays, maturities ...).
class CareTaskModel : public RowTableModel<CareTaskLine>
{
    Q_DECLARE_TR_FUNCTIONS(CareTaskModel)

public:
    using RowTableModel::RowTableModel;

protected:
    QStringList headers() const override;
    QVariant cell(const CareTaskLine &row, int column, int role) const override;
};

} // namespace bd
