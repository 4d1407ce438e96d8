#pragma once

#include "ui/shell/Workspace.h"

class QTabWidget;

namespace bd {

struct BranchHeadOverview;
class BranchDashboard;
class BranchOpportunitiesView;
class CallListsView;
class FigureTile;
class FloorReport;
class OfferDashboard;
class ProductShelfView;
class RuleDashboard;
class RuleEditor;
class SegmentWorkbench;
class StaffFigureModel;
class TierChart;

// The branch head's desk: the branch's key figures, its staff with their books and open
// work, how the customers spread over the tiers, and the branch floor: referrals per staff
// member and day, teller step adherence, escalated referrals; and, on its own tab, the
// branch dashboard (charts, manager filter, export for the wall); segments, and the call
// lists made from them with their batch quality; the opportunities the event rules made
// (the pool to hand out, complaints, held-back ones), what each rule did, and the rule
// editor.
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
    SegmentWorkbench *segments() const { return m_segments; }
    CallListsView *callLists() const { return m_callLists; }
    ProductShelfView *productShelf() const { return m_shelf; }
    OfferDashboard *offerDashboard() const { return m_offerDashboard; }
    BranchOpportunitiesView *opportunities() const { return m_opportunities; }
    RuleDashboard *ruleDashboard() const { return m_ruleDashboard; }
    RuleEditor *ruleEditor() const { return m_ruleEditor; }

private:
    void makeCallList(const QString &segmentId, const QStringList &customerIds);
    void showOverview(const BranchHeadOverview &overview);

    QTabWidget *m_tabs;
    BranchDashboard *m_dashboard;
    SegmentWorkbench *m_segments;
    CallListsView *m_callLists;
    ProductShelfView *m_shelf;
    OfferDashboard *m_offerDashboard;
    BranchOpportunitiesView *m_opportunities;
    RuleDashboard *m_ruleDashboard;
    RuleEditor *m_ruleEditor;
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
