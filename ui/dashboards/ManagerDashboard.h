#pragma once

#include "ui/dashboards/DashboardPanel.h"

namespace bd {

// A wealth manager's dashboard: the figures of his own book (管户), nothing else.
class ManagerDashboard : public DashboardPanel
{
    Q_OBJECT

public:
    ManagerDashboard(Store &store, const Session &session, QWidget *parent = nullptr);

protected:
    QString sheetTitle() const override;
    QString scopeDescription() const override;
};

} // namespace bd
