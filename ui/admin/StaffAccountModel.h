#pragma once

#include "database/staff/StaffUser.h"
#include "ui/common/RowTableModel.h"
#include <QCoreApplication>

namespace bd {

// Staff sign-in accounts for the administrator.
class StaffAccountModel : public RowTableModel<StaffUser>
{
    Q_DECLARE_TR_FUNCTIONS(StaffAccountModel)

public:
    using RowTableModel::RowTableModel;

protected:
    QStringList headers() const override;
    QVariant cell(const StaffUser &row, int column, int role) const override;
};

} // namespace bd
