#include "ui/shell/WealthManagerWorkspace.h"

#include "app/domain/Money.h"
#include "app/domain/MoneyText.h"
#include "app/rules/EventLogging.h"
#include "app/services/calls/ManagerDay.h"
#include "app/services/customers/CustomerService.h"
#include "app/services/opportunities/OpportunityBoard.h"
#include "app/services/opportunities/OpportunityFollowThrough.h"
#include "database/workspaces/WealthManagerDeskQueries.h"
#include "ui/branchfloor/ReferralInbox.h"
#include "ui/branchfloor/ReferralQueueModel.h"
#include "ui/calls/CallOutcomeDialog.h"
#include "ui/calls/CallPrepSheetDialog.h"
#include "ui/calls/CallTaskModel.h"
#include "ui/calls/CareTaskModel.h"
#include "ui/calls/CustomerBookModel.h"
#include "ui/calls/MoneyArrivalModel.h"
#include "ui/calls/OpportunityModel.h"
#include "ui/common/DeskNotice.h"
#include "ui/common/FigureTile.h"
#include "ui/common/RowTableView.h"
#include "ui/dashboards/ManagerDashboard.h"
#include "ui/segments/SegmentWorkbench.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QShortcut>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace bd {

WealthManagerWorkspace::WealthManagerWorkspace(Store &store, const Session &session,
                                               QWidget *parent)
    : Workspace(store, session, parent)
    , m_inbox(new ReferralInbox(store, session, this))
    , m_callTasks(new CallTaskModel(this))
    , m_todayView(nullptr)
    , m_careTasks(new CareTaskModel(this))
    , m_arrivals(new MoneyArrivalModel(this))
    , m_opportunities(new OpportunityModel(this))
    , m_book(new CustomerBookModel(this))
    , m_bookSize(new FigureTile(tr("My customers"), this))
    , m_bookAum(new FigureTile(tr("AUM of my customers"), this))
    , m_openCalls(new FigureTile(tr("Open call tasks"), this))
    , m_arriving(new FigureTile(tr("Money arriving in %n days", nullptr, kArrivalDays), this))
    , m_newOpportunities(new FigureTile(tr("Opportunities"), this))
    , m_tabs(new QTabWidget(this))
    , m_carePlanLine(new QLabel(this))
    , m_dashboard(new ManagerDashboard(store, session, this))
    , m_segments(new SegmentWorkbench(store, session, this))
{
    setObjectName(QStringLiteral("wealthManagerWorkspace"));

    auto *figures = new QHBoxLayout;
    m_newOpportunities->setObjectName(QStringLiteral("opportunityBadge"));
    for (FigureTile *tile : {m_newOpportunities, m_bookSize, m_bookAum, m_openCalls, m_arriving})
        figures->addWidget(tile);

    m_todayView = tableFor(m_callTasks, QStringLiteral("callTasksView"), CallTaskModel::WhyNow);
    auto *prep = new QPushButton(tr("&Prep sheet"), this);
    prep->setObjectName(QStringLiteral("prepSheetButton"));
    prep->setToolTip(tr("One page on the selected customer: money, interests, last contacts, "
                        "talking points (Ctrl+Shift+P)"));
    auto *outcome = new QPushButton(tr("Log &outcome…"), this);
    outcome->setObjectName(QStringLiteral("logOutcomeButton"));
    outcome->setToolTip(tr("What came of the call to the selected customer (Ctrl+Shift+O)"));
    auto *open360 = new QPushButton(tr("Open &360"), this);
    open360->setObjectName(QStringLiteral("open360Button"));
    open360->setToolTip(tr("The selected customer's 360 (Enter)"));
    connect(prep, &QPushButton::clicked, this, &WealthManagerWorkspace::openPrepSheet);
    connect(outcome, &QPushButton::clicked, this, &WealthManagerWorkspace::logOutcome);
    connect(open360, &QPushButton::clicked, this, &WealthManagerWorkspace::openCustomer360);
    const struct { QKeySequence keys; void (WealthManagerWorkspace::*slot)(); } shortcuts[] = {
            {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), &WealthManagerWorkspace::openPrepSheet},
            {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), &WealthManagerWorkspace::logOutcome}};
    for (const auto &shortcut : shortcuts) {
        auto *keys = new QShortcut(shortcut.keys, this);
        keys->setContext(Qt::WidgetWithChildrenShortcut);
        connect(keys, &QShortcut::activated, this, shortcut.slot);
    }
    auto *todayButtons = new QHBoxLayout;
    todayButtons->addStretch(1);
    todayButtons->addWidget(prep);
    todayButtons->addWidget(outcome);
    todayButtons->addWidget(open360);
    auto *todayPanel = new QWidget(this);
    auto *todayLayout = new QVBoxLayout(todayPanel);
    todayLayout->setContentsMargins(0, 0, 0, 0);
    todayLayout->addWidget(m_todayView, 1);
    todayLayout->addLayout(todayButtons);

    auto *left = new QSplitter(Qt::Vertical, this);
    // What the event rules found (a large transfer out, a maturity ...): arrives through
    // sync while the desk is open.
    m_opportunitiesView = tableFor(m_opportunities, QStringLiteral("opportunitiesView"),
                                   OpportunityModel::Why);
    sortableByHeader(m_opportunitiesView); // e.g. the escalated ones first, by State
    auto *contact = new QPushButton(tr("Record &contact…"), this);
    contact->setObjectName(QStringLiteral("recordContactButton"));
    contact->setToolTip(tr("What came of the contact with the selected opportunity's customer"));
    connect(contact, &QPushButton::clicked, this, &WealthManagerWorkspace::recordContact);
    auto *opportunityButtons = new QHBoxLayout;
    opportunityButtons->addStretch(1);
    opportunityButtons->addWidget(contact);
    auto *opportunityPanel = new QWidget(this);
    auto *opportunityLayout = new QVBoxLayout(opportunityPanel);
    opportunityLayout->setContentsMargins(0, 0, 0, 0);
    opportunityLayout->addWidget(m_opportunitiesView, 1);
    opportunityLayout->addLayout(opportunityButtons);
    m_opportunitySection = section(tr("Opportunities: contact by the deadline"),
                                   opportunityPanel, m_opportunities);
    m_opportunitySection->setVisible(false); // shown once there is one: Today keeps its room
    left->addWidget(m_opportunitySection);
    left->addWidget(section(tr("Today: easiest to close now"), todayPanel, m_callTasks));
    m_bookSection = section(tr("My customers by AUM"),
                            tableFor(m_book, QStringLiteral("customerBookView")));
    left->addWidget(m_bookSection);

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(section(tr("Referral inbox"), m_inbox, m_inbox->model()));
    right->addWidget(section(tr("Care tasks due"),
                             tableFor(m_careTasks, QStringLiteral("careTasksView"), 3), m_careTasks));
    right->addWidget(section(tr("Maturities and fund arrivals in %n days", nullptr, kArrivalDays),
                             tableFor(m_arrivals, QStringLiteral("moneyArrivalsView"), 3),
                             m_arrivals));

    auto *columns = new QSplitter(Qt::Horizontal, this);
    columns->addWidget(left);
    columns->addWidget(right);
    columns->setStretchFactor(0, 3);
    columns->setStretchFactor(1, 2);

    auto *desk = new QWidget(this);
    auto *deskLayout = new QVBoxLayout(desk);
    m_carePlanLine->setObjectName(QStringLiteral("carePlanProgress"));
    m_carePlanLine->hide();
    deskLayout->addWidget(m_carePlanLine);
    deskLayout->addLayout(figures);
    deskLayout->addWidget(columns, 1);

    m_tabs->setObjectName(QStringLiteral("wealthManagerTabs"));
    m_tabs->addTab(desk, tr("Today"));
    m_tabs->addTab(m_segments, tr("Segments"));
    m_tabs->addTab(m_dashboard, tr("My dashboard"));
    // The dashboard loaded itself when made; later it is brought up to date when looked at,
    // not after every logged call.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_dashboard && !m_dashboard->isLoading())
            m_dashboard->reload();
    });
    m_seenMarker = new BackgroundReader(this);
    m_notice = new DeskNotice(this);
    m_notice->setObjectName(QStringLiteral("opportunityNotice"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_notice);
    layout->addWidget(m_tabs);
    refresh();
}

void WealthManagerWorkspace::showCarePlanProgress(int percent)
{
    if (percent < 0) {
        m_carePlanLine->hide();
        return;
    }
    m_carePlanLine->setText(tr("Preparing your care plan: %1 %").arg(percent));
    m_carePlanLine->show();
}

// What the desk shows besides the day's ranking, read on the reader thread just before it.
struct WealthManagerDesk
{
    QList<CareTaskLine> care;
    QList<MoneyArrivalLine> arrivals;
    QList<CustomerBookLine> book;
    BookFigures figures;
};

namespace {
WealthManagerDesk readDesk(Store &store, const Session &session, const CallClock &clock)
{
    const WealthManagerDeskQueries queries(store);
    const QString me = session.user.id;
    const QDate today = localToday(clock);
    WealthManagerDesk desk;
    desk.care = queries.careTasksDue(me, today.addDays(WealthManagerWorkspace::kCareDays));
    desk.arrivals = queries.moneyArriving(me, today,
                                          today.addDays(WealthManagerWorkspace::kArrivalDays));
    const QList<CustomerSummary> book = CustomerService(store, session).myCustomers().valueOr({});
    desk.book = customerBookLines(book, queries.nextMaturities(customerIdsOf(book), today));
    desk.figures = queries.bookFigures(me);
    return desk;
}
} // namespace

void WealthManagerWorkspace::refresh()
{
    m_inbox->refresh();
    Store &store = this->store(); // off the GUI thread; a tile shows "–" until its part is in
    // The opportunities first, on their own: one sync brings in is on Today after this short
    // read, not after the book's ranking (seconds at 1,000,000, bench_event_to_today).
    loadFirst<QList<OpenOpportunity>>(readOpportunities(), [this](QList<OpenOpportunity> rows) {
        showOpportunities(rows);
    });
    // The figures, care steps, money arriving and book, then the day's ranking (its slowest
    // part, bench_sign_in's breakdown): each shown as it is in.
    loadBefore<WealthManagerDesk>(
            [&store, s = session(), clock = m_clock] { return readDesk(store, s, clock); },
            [this](WealthManagerDesk desk) { showDesk(desk); });
    load<QList<CallTaskLine>>([&store, session = session(), clock = m_clock] {
        return callTaskLines(ManagerDay(store, session, clock).today());
    }, [this](QList<CallTaskLine> day) { showDay(day); });
}

void WealthManagerWorkspace::refreshOpportunities()
{
    // Only the opportunities changed: Today's list is read again, the book's ranking
    // (seconds at a branch of 1,000,000) and the rest of the desk are not.
    loadAlone<QList<OpenOpportunity>>(readOpportunities(), [this](QList<OpenOpportunity> rows) {
        showOpportunities(rows);
    });
}

std::function<QList<OpenOpportunity>()> WealthManagerWorkspace::readOpportunities()
{
    return [&store = store(), session = session()] {
        return OpportunityBoard(store, session).open().valueOr({});
    };
}

void WealthManagerWorkspace::showDesk(const WealthManagerDesk &desk)
{
    m_careTasks->setRows(desk.care);
    m_arrivals->setRows(desk.arrivals);
    m_book->setRows(desk.book);
    Money arriving;
    for (const MoneyArrivalLine &line : desk.arrivals)
        arriving += line.amount;
    m_bookSection->setTitle(desk.book.size() < desk.figures.customers
                                    ? tr("My customers by AUM (largest %1 of %2)")
                                              .arg(desk.book.size())
                                              .arg(desk.figures.customers)
                                    : tr("My customers by AUM (%1)").arg(desk.book.size()));
    m_bookSize->setValue(QString::number(desk.figures.customers));
    m_bookAum->setValue(MoneyText::headline(desk.figures.aum));
    m_arriving->setValue(MoneyText::headline(arriving));
}

void WealthManagerWorkspace::showDay(const QList<CallTaskLine> &day)
{
    m_callTasks->setRows(day);
    m_openCalls->setValue(QString::number(std::count_if(
            day.cbegin(), day.cend(), [](const CallTaskLine &line) { return !line.care; })));
}

void WealthManagerWorkspace::showOpportunities(const QList<OpenOpportunity> &opportunities)
{
    m_opportunities->setRows(opportunities);
    // Who saw it when (follow-through): the first time it is on this person's Today. Written
    // on a thread of its own: on the GUI thread the write waited for the write lock while the
    // sign-in's care plan or a sync round held it, with the window frozen (issue #15); the
    // desk's reader thread would put it behind the seconds of the book's ranking.
    QList<OpportunityId> shown;
    for (const OpenOpportunity &opportunity : opportunities)
        shown << opportunity.id;
    QStringList previously = std::exchange(m_shownOpportunities, {});
    for (const OpportunityId &id : std::as_const(shown))
        m_shownOpportunities << id.toString();
    Store &store = this->store();
    if (!shown.isEmpty()) {
        m_seenMarker->run<int>(
                this,
                [&store, session = session(), shown] {
                    return OpportunityFollowThrough(store, session).seen(shown).valueOr(0);
                },
                [this, opportunities, previously](int arrived) {
                    announceArrivals(opportunities, previously, arrived);
                });
    }
    const auto count = opportunities.size();
    m_newOpportunities->setValue(QString::number(count));
    m_opportunitySection->setVisible(count > 0);
    // The badge on the tab: seen from the segments and the dashboard too.
    m_tabs->setTabText(0, count == 0 ? tr("Today") : tr("Today (%1)").arg(count));
}

void WealthManagerWorkspace::announceArrivals(const QList<OpenOpportunity> &opportunities,
                                              const QStringList &previously, int arrived)
{
    if (arrived <= 0 || opportunities.isEmpty())
        return;
    // When the opportunity reached the manager's eyes, for whoever reads the desk's log
    // (bench_event_to_today times an event from the server's 200 to this line).
    qCInfo(lcEvents).noquote() << QStringLiteral("Today shows %1 new opportunities (%2 open)")
                                          .arg(arrived)
                                          .arg(opportunities.size());
    // Nobody saw these before: told at once, wherever the manager is looking.
    const auto fresh = std::find_if(opportunities.cbegin(), opportunities.cend(),
                                    [&previously](const OpenOpportunity &o) {
                                        return !previously.contains(o.id.toString());
                                    });
    const OpenOpportunity &first = fresh != opportunities.cend() ? *fresh : opportunities.first();
    m_notice->notify(tr("New opportunity"),
                     arrived == 1 ? QStringLiteral("%1: %2").arg(first.customerName,
                                                                  first.title.current())
                                  : tr("%n new opportunities on Today", nullptr, arrived));
}

} // namespace bd

namespace bd {

void WealthManagerWorkspace::setClock(CallClock clock)
{
    m_clock = std::move(clock);
    refresh();
}

void WealthManagerWorkspace::recordContact()
{
    const QModelIndex current = m_opportunitiesView->currentIndex();
    if (!current.isValid())
        return;
    const OpenOpportunity opportunity = m_opportunities->rows().at(current.row());
    const QList<std::pair<OpportunityOutcome, QString>> outcomes = {
            {OpportunityOutcome::Interested, tr("Interested")},
            {OpportunityOutcome::NoAnswer, tr("No answer: try again")},
            {OpportunityOutcome::NotInterested, tr("Not interested")},
            {OpportunityOutcome::Converted, tr("Bought or signed up")}};
    QStringList labels;
    for (const auto &outcome : outcomes)
        labels << outcome.second;
    bool chosen = false;
    const QString label = QInputDialog::getItem(
            this, tr("Contact"),
            tr("What came of the contact with %1?").arg(opportunity.customerName), labels, 0,
            false, &chosen);
    if (!chosen)
        return;
    const Result<> recorded = OpportunityFollowThrough(store(), session())
            .contacted(opportunity.id, outcomes.at(labels.indexOf(label)).first);
    if (!recorded) {
        QMessageBox::warning(this, tr("Contact not recorded"), recorded.errorString());
        return;
    }
    refresh();
}

int WealthManagerWorkspace::currentTodayRow() const
{
    const QModelIndex index = m_todayView->currentIndex();
    if (index.isValid())
        return index.row();
    return m_callTasks->rowCount() > 0 ? 0 : -1;
}

void WealthManagerWorkspace::openPrepSheet()
{
    const int row = currentTodayRow();
    if (row < 0)
        return;
    auto *dialog = new CallPrepSheetDialog(store(), session(),
                                           m_callTasks->rows().at(row).customerId, m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void WealthManagerWorkspace::logOutcome()
{
    const int row = currentTodayRow();
    if (row < 0)
        return;
    const CallTaskLine task = m_callTasks->rows().at(row);
    auto *dialog = new CallOutcomeDialog(store(), session(), task, m_clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The day is ranked afresh: the outcome changes the customer's score.
    connect(dialog, &CallOutcomeDialog::outcomeLogged, this, &WealthManagerWorkspace::refresh);
    dialog->open();
}

void WealthManagerWorkspace::openCustomer360()
{
    const int row = currentTodayRow();
    if (row < 0)
        return;
    // The main window opens a 360 for an activated row of any customer table.
    emit m_todayView->activated(m_callTasks->index(row, 0));
}

} // namespace bd
