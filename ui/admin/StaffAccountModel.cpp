#include "ui/admin/StaffAccountModel.h"

#include <QLocale>

namespace bd {

QStringList StaffAccountModel::headers() const
{
    return {tr("User name"), tr("Name"), tr("Role"), tr("Last sign-in"), tr("Status")};
}

QVariant StaffAccountModel::cell(const StaffUser &row, int column, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case 0: return row.username;
    case 1: return row.displayName;
    case 2: return StaffRoles::label(row.role);
    case 3:
        return row.lastSignInAt.isValid()
                ? QLocale().toString(row.lastSignInAt.toLocalTime(), QLocale::ShortFormat)
                : tr("Never");
    case 4:
        if (!row.active)
            return tr("Disabled");
        if (row.lockedUntil.isValid() && row.lockedUntil > QDateTime::currentDateTimeUtc())
            return tr("Locked until %1")
                    .arg(QLocale().toString(row.lockedUntil.toLocalTime().time(),
                                            QLocale::ShortFormat));
        return tr("Active");
    default: return {};
    }
}

} // namespace bd
