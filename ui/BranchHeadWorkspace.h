#pragma once

#include "Workspace.h"

class QTabWidget;

namespace bd {

class BranchDashboard;
class FigureTile;
class FloorReport;
class StaffFigureModel;
class TierChart;

// The branch head's desk: the branch's key figures, its staff with their books and open
// work, how the customers spread over the tiers, and the branch floor: referrals per staff
// member and day, teller step adherence, escalated referrals; and, on its own tab, the
// branch dashboard (charts, manager filter, export for the wall).
class BranchHeadWorkspace : public Workspace
{
    Q_OBJECT

public:
    BranchHeadWorkspace(Store &store, const Session &session, QWidget *parent = nullptr);
    void refresh() override;

    TierChart *tierChart() const { return m_tierChart; }
    FloorReport *floorReport() const { return m_floor; }
    BranchDashboard *dashboard() const { return m_dashboard; }
    QTabWidget *tabs() const { return m_tabs; }

private:
    QTabWidget *m_tabs;
    BranchDashboard *m_dashboard;
    FloorReport *m_floor;
    StaffFigureModel *m_staff;
    TierChart *m_tierChart;
    FigureTile *m_customers;
    FigureTile *m_aum;
    FigureTile *m_vip;
    FigureTile *m_referrals;
    FigureTile *m_visits;
};

} // namespace bd
