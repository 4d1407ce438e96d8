#include "app/services/core/Session.h"

#include <QCoreApplication>

namespace bd {

bool Session::can(Permission permission) const
{
    return user.active && Permissions::roleHas(user.role, permission);
}

QString Session::refusal(Permission permission) const
{
    return QCoreApplication::translate("Session", "%1 (%2) may not %3.")
            .arg(user.displayName, StaffRoles::label(user.role), Permissions::label(permission));
}

} // namespace bd
