#pragma once

#include "ui/dashboards/DashboardPanel.h"

class QComboBox;

namespace bd {

// The branch head's dashboard: the whole branch, or one manager's book through the filter.
class BranchDashboard : public DashboardPanel
{
    Q_OBJECT

public:
    BranchDashboard(Store &store, const Session &session, QWidget *parent = nullptr);

    QComboBox *managerFilter() const { return m_managers; }

protected:
    QString sheetTitle() const override;
    QString scopeDescription() const override;

private:
    QComboBox *m_managers;
};

} // namespace bd
