#include "ui/dashboards/StaffFigureModel.h"

#include "app/domain/StaffRole.h"

namespace bd {

QStringList StaffFigureModel::headers() const
{
    return {tr("Name"), tr("User name"), tr("Role"), tr("Customers owned"),
            tr("Open call tasks"), tr("Open referrals")};
}

QVariant StaffFigureModel::cell(const StaffFigureLine &row, int column, int role) const
{
    if (role == Qt::TextAlignmentRole && column >= 3)
        return numberAlignment();
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case 0: return row.displayName;
    case 1: return row.username;
    case 2: {
        const auto staffRole = StaffRoles::fromCode(row.role);
        return staffRole ? StaffRoles::label(*staffRole) : row.role;
    }
    case 3: return row.customersOwned;
    case 4: return row.openCallTasks;
    case 5: return row.openReferrals;
    default: return {};
    }
}

} // namespace bd
