// Every item model of the desks under QAbstractItemModelTester for the whole of its test,
// as KDE's kitemmodels tests do: made empty, filled with the real rows of a generated demo
// branch through the same reads the desks use, refreshed (with the same rows and with
// fewer), cleared and filled again. Then every role's workspace, with a tester on each
// model it shows (panels and tabs included) from its first refresh on.
#include "../common/DemoBranchFile.h"
#include "../common/ResultAssert.h"
#include "app/demo/DemoBranchGenerator.h"
#include "app/services/branchfloor/ReferralDesk.h"
#include "app/services/calls/CarePlanner.h"
#include "app/services/calls/ManagerDay.h"
#include "app/services/customer360/Customer360Service.h"
#include "app/services/customers/CustomerService.h"
#include "app/services/segments/SegmentService.h"
#include "app/services/staff/AuthService.h"
#include "app/services/staff/UserAdministration.h"
#include "database/branchfloor/FloorQueries.h"
#include "database/calls/CallQueries.h"
#include "database/core/Store.h"
#include "database/workspaces/AdminDeskQueries.h"
#include "database/workspaces/BranchHeadDeskQueries.h"
#include "database/workspaces/LobbyDeskQueries.h"
#include "database/workspaces/ReferralLines.h"
#include "database/workspaces/TellerDeskQueries.h"
#include "database/workspaces/WealthManagerDeskQueries.h"
#include "ui/admin/AuditEntryModel.h"
#include "ui/admin/StaffAccountModel.h"
#include "ui/branchfloor/FloorModels.h"
#include "ui/branchfloor/FloorReport.h"
#include "ui/branchfloor/LobbyVisitModel.h"
#include "ui/branchfloor/ReferralInbox.h"
#include "ui/branchfloor/ReferralQueueModel.h"
#include "ui/branchfloor/TellerSessionModel.h"
#include "ui/calls/CallListModel.h"
#include "ui/calls/CallListsView.h"
#include "ui/calls/CallTaskModel.h"
#include "ui/common/RowTableView.h"
#include "ui/calls/CareTaskModel.h"
#include "ui/calls/CustomerBookModel.h"
#include "ui/calls/MoneyArrivalModel.h"
#include "ui/customer360/ExpectedArrivalModel.h"
#include "ui/customer360/HoldingModel.h"
#include "ui/customer360/TimelineFilter.h"
#include "ui/customer360/TimelineModel.h"
#include "ui/dashboards/StaffFigureModel.h"
#include "ui/segments/SegmentResultModel.h"
#include "ui/segments/SegmentWorkbench.h"
#include "ui/shell/AdminWorkspace.h"
#include "ui/shell/BranchHeadWorkspace.h"
#include "ui/shell/LobbyWorkspace.h"
#include "ui/shell/TellerWorkspace.h"
#include "ui/shell/WealthManagerWorkspace.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <vector>

using namespace bd;

namespace {
constexpr auto kFatal = QAbstractItemModelTester::FailureReportingMode::Fatal;

// Reads every cell in the roles the desks' views ask for, so a cell() that trips over
// real data fails here rather than on a branch.
void readEveryCell(const QAbstractItemModel &model)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::FontRole),
                             int(Qt::TextAlignmentRole), int(Qt::BackgroundRole),
                             int(Qt::ForegroundRole), int(Qt::UserRole)})
                model.data(index, role);
        }
    }
}

// Populated, refreshed, cleared and filled again; the caller keeps the model's tester
// alive from before the first rows to after the last.
template <typename Model, typename Row>
void cycle(Model &model, const QList<Row> &rows)
{
    QCOMPARE(model.rowCount(), 0);
    model.setRows(rows);
    QCOMPARE(model.rowCount(), int(rows.size()));
    QVERIFY(model.columnCount() > 0);
    for (int column = 0; column < model.columnCount(); ++column)
        QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
    readEveryCell(model);
    model.setRows(rows);
    model.setRows(rows.mid(1));
    QCOMPARE(model.rowCount(), int(qMax<qsizetype>(0, rows.size() - 1)));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    model.setRows(rows);
    QCOMPARE(model.rowCount(), int(rows.size()));
}

// The text a column shows in any row, for checking labels.
QStringList columnTexts(const QAbstractItemModel &model, int column)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row)
        texts << model.index(row, column).data().toString();
    return texts;
}
} // namespace

class tst_DeskModels : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void adminModels();
    void wealthManagerModels();
    void todayKeepsTheChosenCustomerAcrossARefresh();
    void branchHeadModels();
    void lobbyAndCounterModels();
    void customer360Models();
    void segmentResults();
    void workspacesShowTheirModels_data();
    void workspacesShowTheirModels();

private:
    Session signIn(const QString &role);

    QTemporaryDir m_dir;
    Store m_store;
    QHash<QString, Session> m_sessions; // by role code
};

void tst_DeskModels::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY_RESULT(test::openDemoBranch(m_store, m_dir.filePath(QStringLiteral("desks.db")), 300));
    for (const auto &account : DemoBranchGenerator::demoAccounts()) {
        if (m_sessions.contains(account.role))
            continue;
        const AuthService::Result result = AuthService(m_store).signIn(account.username,
                                                                       account.password);
        QVERIFY2(result.session, qPrintable(result.message));
        m_sessions.insert(account.role, *result.session);
    }
}

Session tst_DeskModels::signIn(const QString &role)
{
    if (!m_sessions.contains(role))
        qFatal("the demo branch has no %s", qPrintable(role));
    return m_sessions.value(role);
}

void tst_DeskModels::adminModels()
{
    const Session admin = signIn(QStringLiteral("admin"));
    {
        StaffAccountModel accounts;
        QAbstractItemModelTester tester(&accounts, kFatal);
        const QList<StaffUser> users = UserAdministration(m_store, &admin).users().valueOr({});
        QVERIFY(users.size() >= 5);
        cycle(accounts, users);
    }
    {
        AuditEntryModel audit;
        QAbstractItemModelTester tester(&audit, kFatal);
        const QList<AuditLine> lines = AdminDeskQueries(m_store).latestAudit(100);
        QVERIFY(!lines.isEmpty());
        cycle(audit, lines);
        // Codes of no vocabulary are made readable: "sign_in" -> "Sign in".
        for (const QString &action : columnTexts(audit, 3))
            QVERIFY2(!action.contains(QLatin1Char('_')), qPrintable(action));
    }
}

// The day is read again behind the manager (after a sync round, an outcome, a desk event):
// the customer she chose stays chosen wherever the new ranking puts them, so the outcome she
// logs next is theirs (before: the reset left no current row, and the next Tab or button
// took the first row of the new ranking).
void tst_DeskModels::todayKeepsTheChosenCustomerAcrossARefresh()
{
    const Session wealth = signIn(QStringLiteral("wealth_manager"));
    QList<CallTaskLine> lines = callTaskLines(ManagerDay(m_store, wealth).today());
    QVERIFY(lines.size() >= 4);
    CallTaskModel day;
    QAbstractItemModelTester tester(&day, kFatal);
    day.setRows(lines);
    QWidget desk;
    QTableView *view = newRowTableView(&day, QStringLiteral("callTasksView"), &desk);
    desk.show();
    QVERIFY(QTest::qWaitForWindowExposed(&desk));
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Home);
    QTest::keyClick(view, Qt::Key_Down);
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(view->currentIndex().row(), 2);
    const CustomerId chosen = lines.at(2).customerId;

    // The new ranking puts the chosen customer last.
    std::rotate(lines.begin() + 2, lines.begin() + 3, lines.end());
    day.setRows(lines);
    QCOMPARE(view->currentIndex().row(), int(lines.size()) - 1);
    QCOMPARE(day.rows().at(view->currentIndex().row()).customerId, chosen);
    const QModelIndexList selected = view->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().row(), int(lines.size()) - 1);
    QTest::keyClick(view, Qt::Key_Up); // the keyboard goes on from there
    QCOMPARE(day.rows().at(view->currentIndex().row()).customerId, lines.at(lines.size() - 2).customerId);

    // Gone from the new ranking (called and done): nothing is chosen, not a stranger.
    const CustomerId now = day.rows().at(view->currentIndex().row()).customerId;
    lines.erase(std::remove_if(lines.begin(), lines.end(),
                               [&](const CallTaskLine &line) { return line.customerId == now; }),
                lines.end());
    day.setRows(lines);
    QVERIFY(!view->currentIndex().isValid());
    QVERIFY(!view->selectionModel()->hasSelection());
}

void tst_DeskModels::wealthManagerModels()
{
    const Session wealth = signIn(QStringLiteral("wealth_manager"));
    const QString me = wealth.user.id;
    const QDate today = QDate::currentDate();
    const WealthManagerDeskQueries queries(m_store);
    // Care tasks as the manager's sign-in makes them: birthdays, maturities, new customers.
    const CarePlanner::Report planned = CarePlanner(m_store, wealth).planMine();
    QVERIFY2(planned.ok, qPrintable(planned.problem));
    {
        CallTaskModel day;
        QAbstractItemModelTester tester(&day, kFatal);
        const QList<CallTaskLine> lines = callTaskLines(ManagerDay(m_store, wealth).today());
        QVERIFY(!lines.isEmpty());
        cycle(day, lines);
        QCOMPARE(day.rows().first().customerId, lines.first().customerId); // ranked order kept
    }
    {
        CareTaskModel care;
        QAbstractItemModelTester tester(&care, kFatal);
        const QList<CareTaskLine> lines =
                queries.careTasksDue(me, today.addDays(WealthManagerWorkspace::kCareDays));
        QVERIFY(!lines.isEmpty());
        cycle(care, lines);
    }
    {
        MoneyArrivalModel arrivals;
        QAbstractItemModelTester tester(&arrivals, kFatal);
        const QList<MoneyArrivalLine> lines = queries.moneyArriving(
                me, today, today.addDays(WealthManagerWorkspace::kArrivalDays));
        QVERIFY(!lines.isEmpty());
        cycle(arrivals, lines);
    }
    {
        CustomerBookModel book;
        QAbstractItemModelTester tester(&book, kFatal);
        const QList<CustomerSummary> mine = CustomerService(m_store, wealth).myCustomers().valueOr({});
        const QList<CustomerBookLine> lines =
                customerBookLines(mine, queries.nextMaturities(customerIdsOf(mine), today));
        QVERIFY(!lines.isEmpty());
        cycle(book, lines);
    }
    {
        ReferralQueueModel inbox;
        QAbstractItemModelTester tester(&inbox, kFatal);
        const QList<ReferralLine> lines = ReferralLines(m_store).referralInbox(me, wealth.branch.id);
        QVERIFY(!lines.isEmpty());
        cycle(inbox, lines);
    }
}

void tst_DeskModels::branchHeadModels()
{
    const Session head = signIn(QStringLiteral("branch_head"));
    const QString branchId = head.branch.id;
    const QDate today = QDate::currentDate();
    const QDate from = today.addDays(1 - FloorReport::kDays);
    {
        StaffFigureModel staff;
        QAbstractItemModelTester tester(&staff, kFatal);
        const QList<StaffFigureLine> lines = BranchHeadDeskQueries(m_store).staffFigures(branchId);
        QVERIFY(!lines.isEmpty());
        cycle(staff, lines);
    }
    {
        ReferralDayModel days;
        QAbstractItemModelTester tester(&days, kFatal);
        const QList<ReferralDayLine> lines = FloorQueries(m_store).referralDays(branchId, from, today);
        QVERIFY(!lines.isEmpty());
        cycle(days, lines);
    }
    {
        TellerAdherenceModel adherence;
        QAbstractItemModelTester tester(&adherence, kFatal);
        const QList<TellerAdherenceLine> lines =
                FloorQueries(m_store).tellerAdherence(branchId, from, today);
        QVERIFY(!lines.isEmpty());
        cycle(adherence, lines);
    }
    {
        // Two days on, every open referral of the demo is overdue and goes to the head.
        const auto later = [] { return QDateTime::currentDateTimeUtc().addDays(2); };
        QVERIFY(ReferralDesk(m_store, head, later).escalateOverdue().valueOr(0) > 0);
        ReferralQueueModel escalated;
        QAbstractItemModelTester tester(&escalated, kFatal);
        const QList<ReferralLine> lines = ReferralLines(m_store).escalatedReferrals(branchId);
        QVERIFY(!lines.isEmpty());
        cycle(escalated, lines);
    }
    {
        CallListModel lists;
        QAbstractItemModelTester tester(&lists, kFatal);
        const QList<CallListSummary> lines = CallQueries(m_store).callLists(branchId);
        QVERIFY(!lines.isEmpty());
        cycle(lists, lines);
    }
}

void tst_DeskModels::lobbyAndCounterModels()
{
    const Session lobby = signIn(QStringLiteral("lobby_manager"));
    const Session teller = signIn(QStringLiteral("teller"));
    const QDate today = QDate::currentDate();
    {
        LobbyVisitModel visits;
        QAbstractItemModelTester tester(&visits, kFatal);
        const QList<LobbyVisitLine> lines = LobbyDeskQueries(m_store).lobbyVisits(lobby.branch.id, today);
        QVERIFY(!lines.isEmpty());
        cycle(visits, lines);
        // Routes read as the short labels a column has room for.
        for (int row = 0; row < visits.rowCount(); ++row) {
            if (visits.rows().at(row).route == QLatin1String("vip_service"))
                QCOMPARE(visits.index(row, 6).data().toString(), QStringLiteral("VIP service"));
        }
        QVERIFY(!columnTexts(visits, 6).join(QString()).contains(QLatin1Char('_')));
    }
    {
        ReferralQueueModel referrals;
        QAbstractItemModelTester tester(&referrals, kFatal);
        const QList<ReferralLine> lines = ReferralLines(m_store).openReferrals(lobby.branch.id);
        QVERIFY(!lines.isEmpty());
        cycle(referrals, lines);
        const QStringList known{QStringLiteral("Lobby"), QStringLiteral("Counter"),
                                QStringLiteral("Colleague")};
        for (const QString &source : columnTexts(referrals, 1))
            QVERIFY2(known.contains(source), qPrintable(source));
        for (const QString &form : columnTexts(referrals, 2))
            QVERIFY2(form.startsWith(QLatin1String("Potential-VIP ")), qPrintable(form));
    }
    {
        TellerSessionModel sessions;
        QAbstractItemModelTester tester(&sessions, kFatal);
        const QList<TellerSessionLine> lines = TellerDeskQueries(m_store).tellerSessions(teller.user.id, today);
        QVERIFY(!lines.isEmpty());
        cycle(sessions, lines);
    }
    {
        ReferralQueueModel made;
        QAbstractItemModelTester tester(&made, kFatal);
        const QList<ReferralLine> lines = ReferralLines(m_store).referralsMadeBy(teller.user.id, today);
        QVERIFY(!lines.isEmpty());
        cycle(made, lines);
    }
}

void tst_DeskModels::customer360Models()
{
    const Session wealth = signIn(QStringLiteral("wealth_manager"));
    const QList<CustomerSummary> book = CustomerService(m_store, wealth).myCustomers().valueOr({});
    QVERIFY(!book.isEmpty());
    // The first customer of the book with something in every part of the 360.
    Customer360Service service(m_store, wealth);
    std::optional<Customer360> data;
    for (const CustomerSummary &customer : book) {
        const Result<Customer360> loaded = service.load(CustomerId(customer.id));
        QVERIFY_RESULT(loaded);
        data = *loaded;
        if (!data->holdings.isEmpty() && !data->fundArrivals.isEmpty()
            && !data->timeline.isEmpty())
            break;
    }
    {
        HoldingModel holdings;
        QAbstractItemModelTester tester(&holdings, kFatal);
        QVERIFY(!data->holdings.isEmpty());
        cycle(holdings, data->holdings);
    }
    {
        ExpectedArrivalModel arrivals;
        QAbstractItemModelTester tester(&arrivals, kFatal);
        QVERIFY(!data->fundArrivals.isEmpty());
        cycle(arrivals, data->fundArrivals);
    }
    {
        TimelineModel timeline;
        TimelineFilter filter;
        QAbstractItemModelTester modelTester(&timeline, kFatal);
        QAbstractItemModelTester filterTester(&filter, kFatal);
        filter.setSourceModel(&timeline);
        QVERIFY(!data->timeline.isEmpty());
        cycle(timeline, data->timeline);
        filter.setSources({int(TimelineEntry::Source::Transaction)});
        QVERIFY(filter.rowCount() <= timeline.rowCount());
        readEveryCell(filter);
        filter.setMinimumAmount(Money::fromFen(100000000));
        filter.setSources({});
        filter.setMinimumAmount(Money());
        QCOMPARE(filter.rowCount(), timeline.rowCount());
        timeline.clear();
        QCOMPARE(filter.rowCount(), 0);
    }
}

// The segment workbench's lazy model, filled from a real query: ids first, rows a page
// at a time as they are read.
void tst_DeskModels::segmentResults()
{
    const Session head = signIn(QStringLiteral("branch_head"));
    const QList<CustomerSummary> customers =
            CustomerService(m_store, signIn(QStringLiteral("wealth_manager"))).myCustomers(50).valueOr({});
    QStringList ids;
    for (const CustomerSummary &customer : customers)
        ids << customer.id;
    QVERIFY(ids.size() > 1);
    SegmentResultModel model([&](const QStringList &page, const QStringList &columns) {
        return SegmentService(m_store, head).rows(page, columns, QDate::currentDate()).valueOr({});
    });
    QAbstractItemModelTester tester(&model, kFatal);
    model.setCustomerIds(ids.mid(0, 1));
    model.setCustomerIds(ids); // the full list extends the first page
    QCOMPARE(model.rowCount(), int(ids.size()));
    readEveryCell(model);
    model.setCustomerIds(ids.mid(1));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void tst_DeskModels::workspacesShowTheirModels_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<int>("models"); // at least: the tables of its panels and tabs too
    QTest::newRow("lobby manager") << "lobby_manager" << 2;
    QTest::newRow("teller") << "teller" << 2;
    QTest::newRow("wealth manager") << "wealth_manager" << 6; // with inbox and segments
    QTest::newRow("branch head") << "branch_head" << 6;      // floor, call lists, segments
    QTest::newRow("admin") << "admin" << 2;
}

void tst_DeskModels::workspacesShowTheirModels()
{
    QFETCH(QString, role);
    QFETCH(int, models);
    const Session session = signIn(role);
    std::unique_ptr<Workspace> workspace;
    if (role == QLatin1String("lobby_manager"))
        workspace = std::make_unique<LobbyWorkspace>(m_store, session);
    else if (role == QLatin1String("teller"))
        workspace = std::make_unique<TellerWorkspace>(m_store, session);
    else if (role == QLatin1String("wealth_manager"))
        workspace = std::make_unique<WealthManagerWorkspace>(m_store, session);
    else if (role == QLatin1String("branch_head"))
        workspace = std::make_unique<BranchHeadWorkspace>(m_store, session);
    else
        workspace = std::make_unique<AdminWorkspace>(m_store, session);

    const QList<QAbstractItemModel *> shown = workspace->models();
    QVERIFY2(shown.size() >= models, qPrintable(QString::number(shown.size())));
    if (auto *wealth = dynamic_cast<WealthManagerWorkspace *>(workspace.get())) {
        QVERIFY(shown.contains(wealth->referralInbox()->model()));
        QVERIFY(shown.contains(wealth->segments()->resultModel()));
    }
    if (auto *head = dynamic_cast<BranchHeadWorkspace *>(workspace.get())) {
        QVERIFY(shown.contains(head->floorReport()->referralDays()));
        QVERIFY(shown.contains(head->floorReport()->adherence()));
        QVERIFY(shown.contains(head->floorReport()->escalated()));
        QVERIFY(shown.contains(head->callLists()->model()));
        QVERIFY(shown.contains(head->segments()->resultModel()));
    }
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    for (QAbstractItemModel *model : shown)
        testers.push_back(std::make_unique<QAbstractItemModelTester>(model, kFatal));
    workspace->refresh();
    workspace->refresh();
    QTRY_VERIFY(!workspace->isLoading()); // the last refresh's figures, read off the GUI thread
    for (QAbstractItemModel *model : shown)
        readEveryCell(*model);
}

QTEST_MAIN(tst_DeskModels)
#include "tst_desk_models.moc"
