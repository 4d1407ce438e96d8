#include "ui/shell/BranchHeadWorkspace.h"

#include "app/domain/Money.h"
#include "app/domain/MoneyText.h"
#include "app/services/branchfloor/ReferralDesk.h"
#include "database/calls/CallQueries.h"
#include "database/workspaces/BranchHeadDeskQueries.h"
#include "ui/branchfloor/FloorReport.h"
#include "ui/calls/CallListDialog.h"
#include "ui/calls/CallListsView.h"
#include "ui/common/FigureTile.h"
#include "ui/dashboards/BranchDashboard.h"
#include "ui/dashboards/StaffFigureModel.h"
#include "ui/dashboards/TierChart.h"
#include "ui/opportunities/BranchOpportunitiesView.h"
#include "ui/opportunities/RuleDashboard.h"
#include "ui/opportunities/RuleEditor.h"
#include "ui/segments/SegmentWorkbench.h"
#include "ui/suitability/OfferDashboard.h"
#include "ui/suitability/ProductShelfView.h"

#include "ui/voice/VoiceReportView.h"
#include <QHBoxLayout>
#include <QLocale>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace bd {

BranchHeadWorkspace::BranchHeadWorkspace(Store &store, const Session &session, QWidget *parent)
    : Workspace(store, session, parent)
    , m_tabs(new QTabWidget(this))
    , m_dashboard(new BranchDashboard(store, session, this))
    , m_segments(new SegmentWorkbench(store, session, this))
    , m_callLists(new CallListsView(store, session, systemCallClock(), this))
    , m_shelf(new ProductShelfView(store, session, this))
    , m_offerDashboard(new OfferDashboard(store, session, this))
    , m_opportunities(new BranchOpportunitiesView(store, session, this))
    , m_ruleDashboard(new RuleDashboard(store, session, this))
    , m_ruleEditor(new RuleEditor(store, session, this))
    , m_floor(new FloorReport(store, session, this))
    , m_staff(new StaffFigureModel(this))
    , m_tierChart(new TierChart(this))
    , m_customers(new FigureTile(tr("Customers"), this))
    , m_aum(new FigureTile(tr("AUM of the branch"), this))
    , m_vip(new FigureTile(tr("VIP customers"), this))
    , m_referrals(new FigureTile(tr("Open referrals"), this))
    , m_visits(new FigureTile(tr("Lobby visits today"), this))
{
    setObjectName(QStringLiteral("branchHeadWorkspace"));

    auto *figures = new QHBoxLayout;
    for (FigureTile *tile : {m_customers, m_aum, m_vip, m_referrals, m_visits})
        figures->addWidget(tile);

    auto *columns = new QSplitter(Qt::Horizontal, this);
    columns->addWidget(section(tr("Staff of the branch"),
                               tableFor(m_staff, QStringLiteral("staffFiguresView")), m_staff));
    columns->addWidget(section(tr("Customers per tier"), m_tierChart));
    columns->setStretchFactor(0, 3);
    columns->setStretchFactor(1, 2);

    auto *rows = new QSplitter(Qt::Vertical, this);
    rows->addWidget(columns);
    rows->addWidget(section(tr("Branch floor, last %n days", nullptr, FloorReport::kDays), m_floor));
    rows->setStretchFactor(0, 1);
    rows->setStretchFactor(1, 1);

    auto *overview = new QWidget(this);
    auto *overviewLayout = new QVBoxLayout(overview);
    overviewLayout->setContentsMargins(0, 0, 0, 0);
    overviewLayout->addLayout(figures);
    overviewLayout->addWidget(rows, 1);

    m_tabs->setObjectName(QStringLiteral("branchHeadTabs"));
    m_tabs->addTab(overview, tr("Today"));
    m_tabs->addTab(m_segments, tr("Segments"));
    m_tabs->addTab(m_callLists, tr("Call lists"));
    m_tabs->addTab(m_dashboard, tr("Dashboards"));
    // The product shelf and the offers made from it (issue #20).
    auto *products = new QSplitter(Qt::Vertical, this);
    products->addWidget(section(tr("Offers made and taken"), m_offerDashboard));
    products->addWidget(section(tr("Product shelf"), m_shelf));
    m_tabs->addTab(products, tr("Products"));
    // Objections and competitors heard, by call list, family and month (docs/VOICE.md).
    m_tabs->addTab(new VoiceReportView(store, session, this), tr("Customer voice"));
    // What the event rules made (issue #17): arrives through sync; the count on the tab.
    m_tabs->addTab(m_opportunities, tr("Opportunities"));
    connect(m_opportunities, &BranchOpportunitiesView::loaded, this, [this] {
        const int open = m_opportunities->openCount();
        m_tabs->setTabText(m_tabs->indexOf(m_opportunities),
                           open == 0 ? tr("Opportunities") : tr("Opportunities (%1)").arg(open));
    });
    // What each rule did, and the head's changes of the rules (they run from the next event).
    auto *rules = new QSplitter(Qt::Vertical, this);
    rules->addWidget(section(tr("What each rule did"), m_ruleDashboard));
    rules->addWidget(section(tr("Switch a rule off or change its thresholds"), m_ruleEditor));
    m_tabs->addTab(rules, tr("Rules"));
    connect(m_segments, &SegmentWorkbench::callListRequested, this,
            &BranchHeadWorkspace::makeCallList);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    refresh();
}

// The overview's figures: counts and sums over the whole book, read on the reader thread.
struct BranchHeadOverview
{
    BranchFigures figures;
    QList<StaffFigureLine> staff;
    QMap<QString, int> tiers;
    FloorReport::Lines floor;
    QList<CallListSummary> callLists;
};

void BranchHeadWorkspace::refresh()
{
    Store &store = this->store();
    load<BranchHeadOverview>([&store, session = session()] {
        // Escalate overdue referrals before counting them (the head sees what is late).
        (void)ReferralDesk(store, session).escalateOverdue();
        const BranchHeadDeskQueries queries(store);
        const QString branchId = session.branch.id;
        return BranchHeadOverview{queries.branchFigures(branchId, QDate::currentDate()),
                                  queries.staffFigures(branchId),
                                  queries.customersPerTier(branchId),
                                  FloorReport::read(store, session), // with those escalations
                                  CallQueries(store).callLists(branchId)};
    }, [this](BranchHeadOverview overview) { showOverview(overview); });
    if (!m_dashboard->isLoading()) // just built: its first load is still running
        m_dashboard->reload();
    // Rows a sync just pulled: a read still running may have missed them (the latest wins).
    m_opportunities->reload();
    m_ruleDashboard->reload();
    m_ruleEditor->reload();
}

void BranchHeadWorkspace::showOverview(const BranchHeadOverview &overview)
{
    const QLocale locale;
    const BranchFigures &figures = overview.figures;
    m_customers->setValue(locale.toString(figures.customers));
    m_aum->setValue(MoneyText::headline(figures.aum));
    m_vip->setValue(locale.toString(figures.vipCustomers));
    m_referrals->setValue(locale.toString(figures.openReferrals));
    m_visits->setValue(locale.toString(figures.visitsToday));
    m_staff->setRows(overview.staff);
    m_tierChart->setCounts(overview.tiers);
    m_floor->showLines(overview.floor);
    m_callLists->showLists(overview.callLists);
}

void BranchHeadWorkspace::makeCallList(const QString &segmentId, const QStringList &customerIds)
{
    CallListDialog dialog(store(), session(), customerIds, segmentId, systemCallClock(), this);
    if (dialog.exec() == QDialog::Accepted) {
        m_callLists->refresh();
        m_callLists->showStatus(CallListDialog::summary(dialog.result()));
        m_tabs->setCurrentWidget(m_callLists);
    }
}

} // namespace bd
