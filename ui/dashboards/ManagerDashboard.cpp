#include "ui/dashboards/ManagerDashboard.h"

namespace bd {

ManagerDashboard::ManagerDashboard(Store &store, const Session &session, QWidget *parent)
    : DashboardPanel(store, session, parent)
{
    setObjectName(QStringLiteral("managerDashboard"));
    setScope({session.branch.id, session.user.id});
}

QString ManagerDashboard::sheetTitle() const
{
    return tr("My book");
}

QString ManagerDashboard::scopeDescription() const
{
    return tr("Book of %1").arg(session().user.displayName);
}

} // namespace bd
