#pragma once

#include "database/customer360/Customer360Queries.h"
#include "ui/common/RowTableModel.h"

#include <QCoreApplication>

namespace bd {

// Money the customer expects: maturities, salary, bonus, funds at other banks.
class ExpectedArrivalModel : public RowTableModel<FundArrivalRow>
{
    Q_DECLARE_TR_FUNCTIONS(ExpectedArrivalModel)

public:
    using RowTableModel::RowTableModel;

protected:
    QStringList headers() const override;
    QVariant cell(const FundArrivalRow &row, int column, int role) const override;
};

} // namespace bd
