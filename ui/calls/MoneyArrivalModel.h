#pragma once

#include "database/workspaces/WealthManagerDeskQueries.h"
#include "ui/common/RowTableModel.h"
#include <QCoreApplication>

namespace bd {

// Maturities and expected fund arrivals of the manager's customers.
class MoneyArrivalModel : public RowTableModel<MoneyArrivalLine>
{
    Q_DECLARE_TR_FUNCTIONS(MoneyArrivalModel)

public:
    using RowTableModel::RowTableModel;

protected:
    QStringList headers() const override;
    QVariant cell(const MoneyArrivalLine &row, int column, int role) const override;
};

} // namespace bd
