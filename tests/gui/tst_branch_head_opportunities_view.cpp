// Issue #17, the branch head's side at the workstation: on a demo branch with opportunities
// as sync delivers them (rows of table opportunity), the head's "Opportunities" tab lists
// the branch pool, the complaints and the held-back ones with why in words; the head hands
// the pool one to a wealth manager by keyboard alone (Alt+M, Alt+G) and it is on that
// manager's Today, audited and in the outbox for sync. The "Rules" tab counts per rule:
// fired, held back and why, delivered, contacted in time, interested, converted, new AUM;
// and there the head switches a rule off and changes a threshold by keyboard (Alt+W, Alt+L,
// Alt+Y): audited, in the outbox for sync; a broken value is refused with why. An escalated
// opportunity says so in words (State) in the manager's Today and the head's tab, where the
// escalated ones have a list of their own with whose they are; a click on a header sorts.
// (The head's whole rule file, through the file dialog: tst_branch_rule_file.)
#include "../common/DemoBranchFile.h"
#include "../common/ResultAssert.h"
#include "../common/TestSql.h"
#include "app/demo/DemoBranchGenerator.h"
#include "app/services/opportunities/OpportunityBoard.h"
#include "app/services/staff/AuthService.h"
#include "database/core/Store.h"
#include "ui/opportunities/BranchOpportunitiesView.h"
#include "ui/opportunities/BranchOpportunityModel.h"
#include "ui/opportunities/RuleDashboard.h"
#include "ui/opportunities/RuleEditor.h"
#include "ui/opportunities/RuleEditorModels.h"
#include "ui/opportunities/RuleFigureModel.h"
#include "ui/calls/OpportunityModel.h"
#include "ui/shell/BranchHeadWorkspace.h"
#include "ui/shell/WealthManagerWorkspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QSqlError>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

namespace {
QString stamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

class tst_BranchHeadOpportunitiesView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theHeadSeesEachListAndHandsThePoolOneOutByKeyboard();
    void theRulesTabCountsWhatEachRuleDid();
    void theHeadChangesARuleByKeyboardAndABrokenValueIsRefused();
    void anEscalatedOneIsMarkedInTodayAndTheHeadsTabAndSortsFirst(); // last: adds rows

private:
    static void clickHeader(QTableView *view, int column);
    Session signIn(const QString &username);
    void addOpportunity(const QString &id, const QString &customer, const QString &rule,
                        const QVariantMap &fields);
    QVariant scalar(const QString &sql, const QVariantList &values = {});

    QTemporaryDir m_dir;
    Store m_store;
    QStringList m_customers; // names by id below
    QStringList m_names;
    QString m_branchId;
    QString m_managerId;
    const QDateTime m_now = QDateTime::currentDateTimeUtc();
};

Session tst_BranchHeadOpportunitiesView::signIn(const QString &username)
{
    const AuthService::Result result
            = AuthService(m_store).signIn(username, username + QStringLiteral("-demo"));
    if (!result.session)
        qFatal("cannot sign in as %s: %s", qPrintable(username), qPrintable(result.message));
    return *result.session;
}

QVariant tst_BranchHeadOpportunitiesView::scalar(const QString &sql, const QVariantList &values)
{
    return test::firstValue(m_store, sql, values);
}

void tst_BranchHeadOpportunitiesView::addOpportunity(const QString &id, const QString &customer,
                                                     const QString &rule,
                                                     const QVariantMap &fields)
{
    QVariantMap row{{QStringLiteral("id"), id},
                    {QStringLiteral("branch_id"), m_branchId},
                    {QStringLiteral("customer_id"), customer},
                    {QStringLiteral("rule_id"), rule},
                    {QStringLiteral("event_id"), id + QStringLiteral("-event")},
                    {QStringLiteral("event_kind"), QStringLiteral("transaction")},
                    {QStringLiteral("purpose"), QStringLiteral("marketing")},
                    {QStringLiteral("kind"), QStringLiteral("retention_call")},
                    {QStringLiteral("title_json"),
                     QStringLiteral("{\"en\":\"%1\",\"zh_CN\":\"%1\"}").arg(rule)},
                    {QStringLiteral("reason_json"),
                     QStringLiteral("{\"amount_fen\":6000000,\"direction\":\"out\"}")},
                    {QStringLiteral("assigned_role"), QStringLiteral("manager")},
                    {QStringLiteral("created_at"), stamp(m_now.addSecs(-3600))},
                    {QStringLiteral("deadline_at"), stamp(m_now.addSecs(20 * 3600))},
                    {QStringLiteral("updated_at"), stamp(m_now.addSecs(-3600))}};
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        row.insert(it.key(), it.value());
    QStringList marks;
    for (int i = 0; i < row.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery insert(m_store.database());
    insert.prepare(QStringLiteral("INSERT INTO opportunity(%1) VALUES (%2)")
                           .arg(row.keys().join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
    for (const QVariant &value : std::as_const(row))
        insert.addBindValue(value);
    QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
}

void tst_BranchHeadOpportunitiesView::initTestCase()
{
    QVERIFY_RESULT(test::openDemoBranch(m_store, m_dir.filePath(QStringLiteral("head.db")), 80));
    m_branchId = scalar(QStringLiteral("SELECT id FROM branch LIMIT 1")).toString();
    m_managerId = scalar(QStringLiteral("SELECT id FROM staff_user WHERE username = 'wealth'"))
                          .toString();
    QSqlQuery customers(m_store.database());
    QVERIFY(customers.exec(QStringLiteral("SELECT id, name FROM customer WHERE deleted = 0 "
                                          "ORDER BY id LIMIT 4")));
    while (customers.next()) {
        m_customers << customers.value(0).toString();
        m_names << customers.value(1).toString();
    }
    QCOMPARE(m_customers.size(), 4);
    const QVariant none;
    // The pool (no manager), a complaint for the head, two held back, one waiting for the
    // quiet hours, and one contacted in time that the customer bought on: 300,000 yuan.
    addOpportunity(QStringLiteral("op-pool"), m_customers[0], QStringLiteral("large_inflow"),
                   {{QStringLiteral("assigned_role"), QStringLiteral("pool")}});
    addOpportunity(QStringLiteral("op-complaint"), m_customers[1],
                   QStringLiteral("complaint_recovery"),
                   {{QStringLiteral("assigned_role"), QStringLiteral("branch_head")},
                    {QStringLiteral("purpose"), QStringLiteral("service")}});
    addOpportunity(QStringLiteral("op-held-1"), m_customers[2], QStringLiteral("large_transfer_out"),
                   {{QStringLiteral("status"), QStringLiteral("held")},
                    {QStringLiteral("held_reason"), QStringLiteral("no_consent,frequency_cap")},
                    {QStringLiteral("deadline_at"), none}});
    addOpportunity(QStringLiteral("op-held-2"), m_customers[3], QStringLiteral("large_transfer_out"),
                   {{QStringLiteral("status"), QStringLiteral("held")},
                    {QStringLiteral("held_reason"), QStringLiteral("do_not_contact")},
                    {QStringLiteral("deadline_at"), none}});
    addOpportunity(QStringLiteral("op-quiet"), m_customers[1], QStringLiteral("large_transfer_out"),
                   {{QStringLiteral("assigned_to"), m_managerId},
                    {QStringLiteral("contact_after"), stamp(m_now.addSecs(3 * 3600))}});
    addOpportunity(QStringLiteral("op-sold"), m_customers[0], QStringLiteral("large_transfer_out"),
                   {{QStringLiteral("assigned_to"), m_managerId},
                    {QStringLiteral("status"), QStringLiteral("done")},
                    {QStringLiteral("contacted_by"), m_managerId},
                    {QStringLiteral("contacted_at"), stamp(m_now.addSecs(-1800))},
                    {QStringLiteral("outcome"), QStringLiteral("converted")}});
    QSqlQuery sale(m_store.database());
    sale.prepare(QStringLiteral("INSERT INTO product_sale(id, branch_id, customer_id, product_code, "
                                "product_family, product_risk, amount_fen, channel, sold_at, "
                                "updated_at) VALUES ('sale-1', ?, ?, 'WM001', 'wealth', 2, "
                                "30000000, 'counter', ?, ?)"));
    for (const QString &value : {m_branchId, m_customers[0],
                                 m_now.addSecs(-600).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")),
                                 stamp(m_now)})
        sale.addBindValue(value);
    QVERIFY2(sale.exec(), qPrintable(sale.lastError().text()));
}

void tst_BranchHeadOpportunitiesView::theHeadSeesEachListAndHandsThePoolOneOutByKeyboard()
{
    BranchHeadWorkspace workspace(m_store, signIn(QStringLiteral("head")));
    workspace.resize(1366, 720);
    workspace.show();
    QApplication::setActiveWindow(&workspace); // Alt letters go to the active window
    QVERIFY(QTest::qWaitForWindowActive(&workspace));
    BranchOpportunitiesView *view = workspace.opportunities();
    QList<std::shared_ptr<QAbstractItemModelTester>> testers;
    for (QAbstractItemModel *model : view->models())
        testers << std::make_shared<QAbstractItemModelTester>(model);
    workspace.tabs()->setCurrentWidget(view);
    QTRY_VERIFY_WITH_TIMEOUT(!view->isLoading() && view->pool()->rowCount() == 1, 15000);
    QCOMPARE(workspace.tabs()->tabText(workspace.tabs()->indexOf(view)),
             BranchHeadWorkspace::tr("Opportunities (%1)").arg(2));
    QCOMPARE(view->pool()->index(0, 1).data().toString(), m_names[0]);
    QCOMPARE(view->complaints()->rowCount(), 1);
    QCOMPARE(view->complaints()->index(0, 1).data().toString(), m_names[1]);
    // Held back and why, in words; the quiet-hours one is delivered and waits.
    QCOMPARE(view->heldBack()->rowCount(), 3);
    QStringList why;
    for (int row = 0; row < 3; ++row)
        why << view->heldBack()->index(row, 3).data().toString();
    const QString all = why.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("No marketing consent (not given or withdrawn)"))
                     && all.contains(QStringLiteral("frequency cap"))
                     && all.contains(QStringLiteral("Customer asked not to be contacted"))
                     && all.contains(QStringLiteral("Quiet hours: delivered, contact after")),
             qPrintable(all));

    // By keyboard: the pool list, the manager (Alt+M), hand it out (Alt+G).
    auto *poolView = view->findChild<QTableView *>(QStringLiteral("opportunityPoolView"));
    QVERIFY(poolView);
    poolView->setFocus();
    QTest::keyClick(poolView, Qt::Key_Down);
    QTest::keyClick(poolView, Qt::Key_Home);
    QCOMPARE(poolView->currentIndex().row(), 0);
    QTest::keyClick(&workspace, Qt::Key_M, Qt::AltModifier);
    auto *managers = view->findChild<QComboBox *>(QStringLiteral("poolManagerChoice"));
    QVERIFY(managers && managers->hasFocus());
    const int wealth = managers->findData(m_managerId);
    QVERIFY(wealth >= 0);
    while (managers->currentIndex() != wealth)
        QTest::keyClick(managers, managers->currentIndex() < wealth ? Qt::Key_Down : Qt::Key_Up);
    QTest::keyClick(&workspace, Qt::Key_G, Qt::AltModifier);
    QTRY_VERIFY_WITH_TIMEOUT(!view->isLoading() && view->pool()->rowCount() == 0, 15000);
    QCOMPARE(scalar(QStringLiteral("SELECT assigned_to || '|' || assigned_role FROM opportunity "
                                   "WHERE id = 'op-pool'")).toString(),
             m_managerId + QStringLiteral("|manager"));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                   "'opportunity_assigned' AND entity_id = 'op-pool'")).toInt(), 1);
    QVERIFY(scalar(QStringLiteral("SELECT fields_json FROM sync_outbox WHERE table_name = "
                                  "'opportunity' AND row_id = 'op-pool'"))
                    .toString().contains(m_managerId));
    // On the manager's Today.
    const auto open = OpportunityBoard(m_store, signIn(QStringLiteral("wealth"))).open();
    QVERIFY_RESULT(open);
    QVERIFY(std::any_of(open->cbegin(), open->cend(), [](const OpenOpportunity &o) {
        return o.id.toString() == QLatin1String("op-pool");
    }));
}

void tst_BranchHeadOpportunitiesView::theRulesTabCountsWhatEachRuleDid()
{
    BranchHeadWorkspace workspace(m_store, signIn(QStringLiteral("head")));
    RuleDashboard *dashboard = workspace.ruleDashboard();
    QAbstractItemModelTester tester(dashboard->model());
    QTRY_VERIFY_WITH_TIMEOUT(!dashboard->isLoading() && dashboard->model()->rowCount() == 3, 15000);
    const RuleFigures transfer = dashboard->model()->rows().last();
    QCOMPARE(transfer.ruleId, QStringLiteral("large_transfer_out"));
    QCOMPARE(transfer.fired, 4);
    QCOMPARE(transfer.heldBack, 2);
    QCOMPARE(transfer.heldWhy.value(QStringLiteral("no_consent")), 1);
    QCOMPARE(transfer.heldWhy.value(QStringLiteral("frequency_cap")), 1);
    QCOMPARE(transfer.heldWhy.value(QStringLiteral("do_not_contact")), 1);
    QCOMPARE(transfer.delivered, 2);
    QCOMPARE(transfer.contactedInTime, 1);
    QCOMPARE(transfer.interested, 1);
    QCOMPARE(transfer.converted, 1);
    QCOMPARE(transfer.newAum, Money::fromFen(30'000'000));
    const QModelIndex aum = dashboard->model()->index(2, RuleFigureModel::NewAum);
    QVERIFY2(aum.data().toString().contains(QStringLiteral("30")), qPrintable(aum.data().toString()));
    QVERIFY2(dashboard->totalText().contains(QStringLiteral("6 fired")),
             qPrintable(dashboard->totalText()));
}

void tst_BranchHeadOpportunitiesView::theHeadChangesARuleByKeyboardAndABrokenValueIsRefused()
{
    BranchHeadWorkspace workspace(m_store, signIn(QStringLiteral("head")));
    workspace.resize(1366, 720);
    workspace.show();
    QApplication::setActiveWindow(&workspace); // Alt letters go to the active window
    QVERIFY(QTest::qWaitForWindowActive(&workspace));
    RuleEditor *editor = workspace.ruleEditor();
    QAbstractItemModelTester rulesTester(editor->rules());
    QAbstractItemModelTester thresholdsTester(editor->thresholds());
    workspace.tabs()->setCurrentIndex(workspace.tabs()->count() - 1);
    auto *rules = editor->findChild<QTableView *>(QStringLiteral("ruleListView"));
    QVERIFY(rules && rules->isVisible());
    int transfer = -1;
    for (int row = 0; row < editor->rules()->rowCount(); ++row) {
        if (editor->rules()->rows().at(row).id == QLatin1String("large_transfer_out"))
            transfer = row;
    }
    QVERIFY(transfer >= 0);
    rules->setFocus();
    QTest::keyClick(rules, Qt::Key_Home);
    for (int row = 0; row < transfer; ++row)
        QTest::keyClick(rules, Qt::Key_Down);
    QCOMPARE(rules->currentIndex().row(), transfer);
    // Off, by Alt+W.
    QTest::keyClick(&workspace, Qt::Key_W, Qt::AltModifier); // a button's Alt letter clicks
    QTRY_COMPARE(editor->rules()->index(transfer, 1).data().toString(),   // after a moment
                 MarketingRuleModel::tr("Off"));
    QVERIFY(!editor->rules()->rows().at(transfer).enabled);
    QVERIFY(scalar(QStringLiteral("SELECT rule_json FROM marketing_rule WHERE id = "
                                  "'large_transfer_out'")).toString()
                    .contains(QLatin1String("\"enabled\":false")));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE table_name = "
                                   "'marketing_rule'")).toInt(), 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                   "'marketing_rule_changed'")).toInt(), 1);
    // The amount threshold: not an amount, then out of range, then 10万.
    auto *thresholds = editor->findChild<QTableView *>(QStringLiteral("ruleThresholdView"));
    int amount = -1;
    for (int row = 0; row < editor->thresholds()->rowCount(); ++row) {
        if (editor->thresholds()->rows().at(row).field == QLatin1String("amount"))
            amount = row;
    }
    QVERIFY(amount >= 0);
    thresholds->setFocus();
    QTest::keyClick(thresholds, Qt::Key_Home);
    for (int row = 0; row < amount; ++row)
        QTest::keyClick(thresholds, Qt::Key_Down);
    const auto enter = [&workspace, editor](const QString &text) {
        QTest::keyClick(&workspace, Qt::Key_L, Qt::AltModifier);
        auto *value = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(value);
        value->selectAll();
        QTest::keyClicks(value, text);
        const QString before = editor->message();
        QTest::keyClick(&workspace, Qt::Key_Y, Qt::AltModifier);
        QTRY_VERIFY(editor->message() != before);
    };
    enter(QStringLiteral("lots"));
    QVERIFY2(editor->message().contains(QStringLiteral("lots")), qPrintable(editor->message()));
    enter(QStringLiteral("0"));
    QVERIFY2(editor->message().contains(QStringLiteral("This value cannot be used"))
                     && editor->message().contains(editor->thresholds()->rows().at(amount).label())
                     && editor->message().contains(QStringLiteral("0.01")),
             qPrintable(editor->message()));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE table_name = "
                                   "'marketing_rule'")).toInt(), 1);
    enter(QStringLiteral("100000"));
    QVERIFY2(scalar(QStringLiteral("SELECT rule_json FROM marketing_rule WHERE id = "
                                   "'large_transfer_out'")).toString()
                     .contains(QLatin1String("10000000")),
             qPrintable(editor->message()));
    QCOMPARE(editor->rules()->rows().at(transfer).version, 3);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                   "'marketing_rule_changed'")).toInt(), 2);
}

void tst_BranchHeadOpportunitiesView::clickHeader(QTableView *view, int column)
{
    QHeaderView *header = view->horizontalHeader();
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(column)
                                     + header->sectionSize(column) / 2,
                             header->height() / 2));
}

void tst_BranchHeadOpportunitiesView::anEscalatedOneIsMarkedInTodayAndTheHeadsTabAndSortsFirst()
{
    // As sync brings them: the manager's transfer-out call escalated an hour after its
    // deadline passed; one due in two hours; a pool one escalated too.
    addOpportunity(QStringLiteral("op-late"), m_customers[2], QStringLiteral("large_transfer_out"),
                   {{QStringLiteral("assigned_to"), m_managerId},
                    {QStringLiteral("created_at"), stamp(m_now.addSecs(-26 * 3600))},
                    {QStringLiteral("deadline_at"), stamp(m_now.addSecs(-2 * 3600))},
                    {QStringLiteral("escalated_at"), stamp(m_now.addSecs(-3600))}});
    addOpportunity(QStringLiteral("op-soon"), m_customers[3], QStringLiteral("large_inflow"),
                   {{QStringLiteral("assigned_to"), m_managerId},
                    {QStringLiteral("deadline_at"), stamp(m_now.addSecs(2 * 3600))}});
    addOpportunity(QStringLiteral("op-pool-late"), m_customers[3], QStringLiteral("large_inflow"),
                   {{QStringLiteral("assigned_role"), QStringLiteral("pool")},
                    {QStringLiteral("created_at"), stamp(m_now.addSecs(-25 * 3600))},
                    {QStringLiteral("deadline_at"), stamp(m_now.addSecs(-3600))},
                    {QStringLiteral("escalated_at"), stamp(m_now.addSecs(-1800))}});

    // The wealth manager's Today: the State column says it in words.
    {
        WealthManagerWorkspace today(m_store, signIn(QStringLiteral("wealth")));
        today.resize(1366, 720);
        today.show();
        QVERIFY(QTest::qWaitForWindowExposed(&today));
        OpportunityModel *rows = today.opportunities();
        QAbstractItemModelTester tester(rows);
        QTRY_VERIFY_WITH_TIMEOUT(!today.isLoading() && rows->rowCount() >= 3, 15000);
        auto stateOf = [rows](const QString &id) {
            for (int row = 0; row < rows->rowCount(); ++row) {
                if (rows->rows().at(row).id.toString() == id)
                    return rows->index(row, OpportunityModel::State).data().toString();
            }
            return QString();
        };
        QCOMPARE(rows->headerData(OpportunityModel::State, Qt::Horizontal).toString(),
                 OpportunityModel::tr("State"));
        QCOMPARE(stateOf(QStringLiteral("op-late")), OpportunityModel::tr("Escalated"));
        QCOMPARE(stateOf(QStringLiteral("op-soon")), OpportunityModel::tr("Open"));
        // Sorted by a click on the header: latest deadline first, then by State, the
        // escalated one first.
        auto *view = today.findChild<QTableView *>(QStringLiteral("opportunitiesView"));
        QVERIFY(view && view->isVisible());
        clickHeader(view, OpportunityModel::ContactBy);
        clickHeader(view, OpportunityModel::ContactBy);
        QCOMPARE(view->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
        QVERIFY(rows->rows().last().id.toString() != QLatin1String("op-soon"));
        QCOMPARE(rows->index(rows->rowCount() - 1, OpportunityModel::State).data().toString(),
                 OpportunityModel::tr("Escalated"));
        clickHeader(view, OpportunityModel::State);
        QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), int(OpportunityModel::State));
        QCOMPARE(rows->rows().first().id.toString(), QStringLiteral("op-late"));
        QCOMPARE(view->model()->index(0, OpportunityModel::State).data().toString(),
                 OpportunityModel::tr("Escalated"));
        // The order holds when the desk reads the list again (after a sync round).
        today.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!today.isLoading(), 15000);
        QCOMPARE(rows->rows().first().id.toString(), QStringLiteral("op-late"));
    }

    // The branch head's Opportunities tab: the escalated ones, whose they are, and the pool
    // one marked as escalated in the pool's State column.
    BranchHeadWorkspace workspace(m_store, signIn(QStringLiteral("head")));
    workspace.resize(1366, 900);
    workspace.show();
    QVERIFY(QTest::qWaitForWindowExposed(&workspace));
    BranchOpportunitiesView *view = workspace.opportunities();
    QAbstractItemModelTester escalatedTester(view->escalated());
    QAbstractItemModelTester poolTester(view->pool());
    workspace.tabs()->setCurrentWidget(view);
    QTRY_VERIFY_WITH_TIMEOUT(!view->isLoading() && view->escalated()->rowCount() == 2, 15000);
    const QString managerName = scalar(QStringLiteral("SELECT display_name FROM staff_user "
                                                      "WHERE id = ?"), {m_managerId}).toString();
    BranchOpportunityModel *escalated = view->escalated();
    QCOMPARE(escalated->rows().first().id.toString(), QStringLiteral("op-late")); // due first
    QCOMPARE(escalated->index(0, BranchOpportunityModel::CustomerName).data().toString(), m_names[2]);
    QCOMPARE(escalated->index(0, BranchOpportunityModel::Why).data().toString(), managerName);
    QCOMPARE(escalated->index(1, BranchOpportunityModel::Why).data().toString(),
             BranchOpportunityModel::tr("Branch pool"));
    QVERIFY2(escalated->index(0, BranchOpportunityModel::State).data().toString()
                     .startsWith(BranchOpportunityModel::tr("Escalated %1").arg(QString())),
             qPrintable(escalated->index(0, BranchOpportunityModel::State).data().toString()));
    QCOMPARE(view->pool()->rowCount(), 1);
    QVERIFY(view->pool()->index(0, BranchOpportunityModel::State).data().toString()
                    .startsWith(BranchOpportunityModel::tr("Escalated %1").arg(QString())));
    QCOMPARE(view->complaints()->index(0, BranchOpportunityModel::State).data().toString(),
             BranchOpportunityModel::tr("Open"));
    // Sorted by a click: the latest deadline first.
    auto *escalatedView = view->findChild<QTableView *>(QStringLiteral("opportunityEscalatedView"));
    QVERIFY(escalatedView && escalatedView->isVisible());
    clickHeader(escalatedView, BranchOpportunityModel::When);
    clickHeader(escalatedView, BranchOpportunityModel::When);
    QCOMPARE(escalated->rows().first().id.toString(), QStringLiteral("op-pool-late"));
}

QTEST_MAIN(tst_BranchHeadOpportunitiesView)
#include "tst_branch_head_opportunities_view.moc"
