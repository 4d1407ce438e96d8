#pragma once

#include "app/services/contact/CallClock.h"
#include "ui/shell/Workspace.h"

#include <QStringList>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace bd {

class CallTaskModel;
class CareTaskModel;
class CustomerBookModel;
class DeskNotice;
class FigureTile;
class ManagerDashboard;
class MoneyArrivalModel;
class OpportunityModel;
struct CallTaskLine;
struct OpenOpportunity;
class ReferralInbox;
class SegmentWorkbench;
struct WealthManagerDesk;

// The wealth manager's desk: "Today" (the opportunities the event rules delivered, with a
// count on the tab; open call tasks and due care tasks ranked by
// "easiest to close now", with the reasons; prep sheet, outcome logging and the 360 one key
// away), care tasks that are due, money arriving within 30 days, the manager's own customers
// and the inbox of potential-VIP referrals from the lobby and the counter; on other tabs, the
// branch's shared segments and the dashboard of the manager's own book.
class WealthManagerWorkspace : public Workspace
{
    Q_OBJECT

public:
    static constexpr int kArrivalDays = 30;
    static constexpr int kCareDays = 7;

    WealthManagerWorkspace(Store &store, const Session &session, QWidget *parent = nullptr);
    void refresh() override;
    void refreshOpportunities() override;
    ReferralInbox *referralInbox() const { return m_inbox; }
    CallTaskModel *today() const { return m_callTasks; }
    OpportunityModel *opportunities() const { return m_opportunities; }
    DeskNotice *notice() const { return m_notice; }
    QTableView *todayView() const { return m_todayView; }
    void setClock(CallClock clock); // tests: a fixed day and hour
    QTabWidget *tabs() const { return m_tabs; }
    ManagerDashboard *dashboard() const { return m_dashboard; }
    SegmentWorkbench *segments() const { return m_segments; }
    // A book's first care plan runs a while in the background (~19.5 s at 1M customers, issue
    // #15): a line above Today says how far it is; a negative percentage (the plan is done)
    // takes the line away. Today stays usable meanwhile.
    void showCarePlanProgress(int percent);
    QLabel *carePlanLine() const { return m_carePlanLine; }

public slots:
    void openPrepSheet();
    void logOutcome();
    void openCustomer360();
    void recordContact(); // of the selected opportunity: what came of it

private:
    int currentTodayRow() const;
    void showDesk(const WealthManagerDesk &desk);
    void showDay(const QList<CallTaskLine> &day);
    void showOpportunities(const QList<OpenOpportunity> &opportunities);
    // Today's opportunities as the reader thread reads them.
    std::function<QList<OpenOpportunity>()> readOpportunities();
    // Told once the shown opportunities are marked seen: `arrived` of them for the first time.
    void announceArrivals(const QList<OpenOpportunity> &opportunities,
                          const QStringList &previously, int arrived);

    ReferralInbox *m_inbox;
    CallClock m_clock = systemCallClock();
    CallTaskModel *m_callTasks;
    QTableView *m_todayView;
    CareTaskModel *m_careTasks;
    MoneyArrivalModel *m_arrivals;
    OpportunityModel *m_opportunities;
    QTableView *m_opportunitiesView = nullptr;
    QWidget *m_opportunitySection = nullptr;
    DeskNotice *m_notice = nullptr; // a new opportunity arrived (issue #17)
    QStringList m_shownOpportunities; // ids on Today at the last refresh
    BackgroundReader *m_seenMarker; // writes who saw which opportunity when, off the GUI thread
    CustomerBookModel *m_book;
    FigureTile *m_bookSize;
    FigureTile *m_bookAum;
    FigureTile *m_openCalls;
    FigureTile *m_arriving;
    FigureTile *m_newOpportunities;
    QGroupBox *m_bookSection;
    QTabWidget *m_tabs;
    QLabel *m_carePlanLine;
    ManagerDashboard *m_dashboard;
    SegmentWorkbench *m_segments;
};

} // namespace bd
