#pragma once

#include "Workspace.h"

namespace bd {

class FigureTile;
class StaffFigureModel;
class TierChart;

// The branch head's desk: the branch's key figures, its staff with their books and open
// work, and how the customers spread over the tiers.
class BranchHeadWorkspace : public Workspace
{
    Q_OBJECT

public:
    BranchHeadWorkspace(Store &store, const Session &session, QWidget *parent = nullptr);
    void refresh() override;

    TierChart *tierChart() const { return m_tierChart; }

private:
    StaffFigureModel *m_staff;
    TierChart *m_tierChart;
    FigureTile *m_customers;
    FigureTile *m_aum;
    FigureTile *m_vip;
    FigureTile *m_referrals;
    FigureTile *m_visits;
};

} // namespace bd
