// Households and suitability on the real widgets, offscreen: the 360's household tab shows
// a suggested link (shared address), a person confirms it, and the household's members,
// AUM and "short of Gold" appear; a sale the gate refuses stays open with the reason in
// words and nothing is recorded, while a suitable one goes through; the teller's step 6
// shows the customer's offers; the branch head's product shelf refuses a broken file with
// its problems and keeps the shelf in force. Every model under QAbstractItemModelTester.
#include "../common/SmallBranchFixture.h"
#include "../common/TestSql.h"

#include "app/services/households/HouseholdRelation.h"
#include "app/services/staff/AuthService.h"
#include "ui/branchfloor/SevenStepPanel.h"
#include "ui/customer360/Customer360View.h"
#include "ui/households/HouseholdPanel.h"
#include "ui/suitability/OfferDashboard.h"
#include "ui/suitability/OfferPanel.h"
#include "ui/suitability/ProductShelfView.h"
#include "ui/suitability/SaleDialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <memory>
#include <vector>

using namespace bd;

class tst_SuitabilityGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void householdPanelLinksASuggestion();
    void refusedSaleShowsItsReason();
    void tellerSeesOffersAtStepSix();
    void brokenShelfFileIsRefusedWithItsProblems();

private:
    Session signIn(const QString &user);
    bool exec(const QString &sql, const QVariantList &values = {});
    int count(const QString &sql);
    void testModels(QWidget *widget);
    // Answers the next QInputDialog (a modal exec) with `label`.
    void answerNextInputDialog(const QString &label);

    QTemporaryDir m_dir;
    Store m_store;
    test::SmallBranch m_branch;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

Session tst_SuitabilityGui::signIn(const QString &user)
{
    return test::signInOrStop(m_store, user);
}

bool tst_SuitabilityGui::exec(const QString &sql, const QVariantList &values)
{
    return test::exec(m_store, sql, values);
}

int tst_SuitabilityGui::count(const QString &sql)
{
    return test::count(m_store, sql);
}

void tst_SuitabilityGui::testModels(QWidget *widget)
{
    for (QTableView *view : widget->findChildren<QTableView *>())
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
                view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest));
}

void tst_SuitabilityGui::answerNextInputDialog(const QString &label)
{
    QTimer::singleShot(0, this, [label] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            qWarning("no input dialog came up");
            return;
        }
        dialog->setTextValue(label);
        dialog->accept();
    });
}

void tst_SuitabilityGui::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("suitability.db"))));
    m_branch = test::makeSmallBranch(m_store);
    // 张三 (30万) and 欧阳明华 (18万) share the fixture's address: together 48万, 2万
    // short of Gold. 张三 is C2, assessed last month, 45 years old.
    QVERIFY(exec(QStringLiteral("UPDATE customer SET aum_fen = 30000000, tier = 'silver', "
                                "risk_level = 2, risk_assessed_on = ?, birth_date = ?, "
                                "marketing_consent = 1 WHERE id = ?"),
                 {QDate::currentDate().addMonths(-1).toString(Qt::ISODate),
                  QDate::currentDate().addYears(-45).toString(Qt::ISODate), m_branch.customerId}));
    QVERIFY(exec(QStringLiteral("UPDATE customer SET aum_fen = 18000000, tier = 'silver' WHERE id = ?"),
                 {m_branch.otherCustomerId}));
    QVERIFY(exec(QStringLiteral("INSERT INTO holding(id, customer_id, product_family, product_code, "
                                "product_name, amount_fen, opened_on, maturity_date, updated_at) "
                                "VALUES ('h1', ?, 'wealth', 'WM-90D', '稳健添利90天持有期', 15000000, "
                                "'2026-01-01', ?, '2026-01-01T00:00:00Z')"),
                 {m_branch.customerId, QDate::currentDate().addDays(6).toString(Qt::ISODate)}));
}

void tst_SuitabilityGui::householdPanelLinksASuggestion()
{
    const Session wealth = signIn(QStringLiteral("wealth"));
    Customer360View view(m_store, wealth, CustomerId(m_branch.customerId));
    view.resize(1100, 760);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    HouseholdPanel *panel = view.household();
    QVERIFY(panel);
    QTRY_VERIFY_WITH_TIMEOUT(panel->isLoaded(), 10000);
    testModels(panel);
    auto *tabs = view.findChild<QTabWidget *>(QStringLiteral("customer360Tabs"));
    tabs->setCurrentWidget(panel);

    auto *members = panel->findChild<QTableView *>(QStringLiteral("householdMembers"));
    auto *suggestions = panel->findChild<QTableView *>(QStringLiteral("householdSuggestions"));
    QCOMPARE(members->model()->rowCount(), 0);
    QCOMPARE(suggestions->model()->rowCount(), 1);
    QCOMPARE(suggestions->model()->index(0, 0).data().toString(), QStringLiteral("欧阳明华"));
    QCOMPARE(suggestions->model()->index(0, 2).data().toString(), QStringLiteral("Same address"));
    QVERIFY(panel->standingText().contains(QStringLiteral("Not in a household")));

    // Select the suggestion, press "Link as family…", answer "Spouse".
    auto *link = panel->findChild<QPushButton *>(QStringLiteral("householdLinkSuggestion"));
    QVERIFY(!link->isEnabled());
    suggestions->selectRow(0);
    QVERIFY(link->isEnabled());
    answerNextInputDialog(HouseholdRelation::label(QStringLiteral("spouse")));
    QSignalSpy loaded(panel, &HouseholdPanel::loaded);
    QTest::mouseClick(link, Qt::LeftButton);
    QVERIFY(loaded.wait(10000));

    QCOMPARE(members->model()->rowCount(), 2);
    QCOMPARE(members->model()->index(0, 0).data().toString(), QStringLiteral("张三"));
    QCOMPARE(members->model()->index(0, 2).data().toString(), HouseholdRelation::label(QStringLiteral("head")));
    QCOMPARE(members->model()->index(1, 2).data().toString(), HouseholdRelation::label(QStringLiteral("spouse")));
    QCOMPARE(suggestions->model()->rowCount(), 0);
    auto *standing = panel->findChild<QLabel *>(QStringLiteral("householdStanding"));
    QVERIFY(standing->isVisible());
    QVERIFY2(standing->text().contains(Money::fromYuan(20000).toDisplayString()), qPrintable(standing->text()));
    QVERIFY(standing->text().contains(Tiers::label(CustomerTier::Gold)));
    QVERIFY(standing->text().contains(Money::fromYuan(480000).toDisplayString()));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'household_linked'")), 1);
    view.grab().save(QDir::temp().filePath(QStringLiteral("branchdesk-household-panel.png")));
}

void tst_SuitabilityGui::refusedSaleShowsItsReason()
{
    const Session wealth = signIn(QStringLiteral("wealth"));
    Customer360View view(m_store, wealth, CustomerId(m_branch.customerId));
    view.resize(1100, 760);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    OfferPanel *offers = view.offers();
    QTRY_VERIFY_WITH_TIMEOUT(offers->isLoaded(), 10000);
    testModels(offers);
    view.findChild<QTabWidget *>(QStringLiteral("customer360Tabs"))->setCurrentWidget(offers);
    // The maturing wealth product drives the offers; nothing above C2 is offered.
    QVERIFY(!offers->offers().offers.isEmpty());
    for (const Offer &offer : offers->offers().offers)
        QVERIFY(offer.product.risk <= 2);
    QCOMPARE(offers->holdingRows(), 1);

    auto *sell = offers->findChild<QPushButton *>(QStringLiteral("offerSale"));
    QVERIFY(sell && sell->isVisible());
    QTest::mouseClick(sell, Qt::LeftButton);
    QPointer<SaleDialog> dialog;
    QTRY_VERIFY((dialog = offers->findChild<SaleDialog *>()) != nullptr);
    QTRY_VERIFY(dialog->isVisible());
    // An R5 fund for a C2 customer: refused, in words, whatever else is filled in.
    dialog->setProduct(QStringLiteral("FD-TECH"));
    dialog->setAmount(QStringLiteral("5万"));
    dialog->setRecordingReference(QStringLiteral("SL-20261206-0001"));
    auto *verdict = dialog->findChild<QLabel *>(QStringLiteral("saleVerdict"));
    QVERIFY(verdict->text().contains(QStringLiteral("R5")));
    auto *record = dialog->findChild<QPushButton *>(QStringLiteral("saleRecord"));
    QTest::mouseClick(record, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY2(verdict->text().contains(QStringLiteral("above the customer's risk level")),
             qPrintable(verdict->text()));
    QVERIFY(verdict->text().contains(QStringLiteral("refused")));
    dialog->grab().save(QDir::temp().filePath(QStringLiteral("branchdesk-refused-sale.png")));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM product_sale")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'suitability_refused' "
                                  "AND detail_json LIKE '%risk_above_level%'")), 1);

    // A suitable product without its 双录 reference: refused again, for that reason.
    dialog->setProduct(QStringLiteral("WM-1Y"));
    dialog->setRecordingReference(QString());
    QTest::mouseClick(record, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(verdict->text().contains(QStringLiteral("双录")));
    // With it, the sale is recorded and the dialog closes.
    dialog->setRecordingReference(QStringLiteral("SL-20261206-0002"));
    QVERIFY(verdict->text().contains(QStringLiteral("passes")));
    QTest::mouseClick(record, Qt::LeftButton);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM product_sale")), 1);
    QTRY_COMPARE(offers->statusText(), QStringLiteral("Sale recorded."));
}

void tst_SuitabilityGui::tellerSeesOffersAtStepSix()
{
    const Session teller = signIn(QStringLiteral("teller"));
    SevenStepPanel panel(m_store, teller);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.linkCustomer(CustomerId(m_branch.customerId), QStringLiteral("张三"));
    QTRY_VERIFY_WITH_TIMEOUT(panel.offers()->isLoaded(), 10000);
    testModels(panel.offers());
    QVERIFY(!panel.offers()->offers().offers.isEmpty());
    // A teller records answers, not sales.
    QVERIFY(panel.offers()->findChild<QPushButton *>(QStringLiteral("offerAccepted"))->isEnabled());
    QVERIFY(!panel.offers()->findChild<QPushButton *>(QStringLiteral("offerSale"))->isVisible());
    // No holdings table at the counter.
    QCOMPARE(panel.offers()->holdingRows(), 0);
}

void tst_SuitabilityGui::brokenShelfFileIsRefusedWithItsProblems()
{
    const Session head = signIn(QStringLiteral("head"));
    ProductShelfView view(m_store, head);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    testModels(&view);
    QTRY_VERIFY(!view.isLoading()); // the shelf is read off the GUI thread
    const int builtIn = view.productCount();
    QVERIFY(builtIn >= 30);
    const QString path = m_dir.filePath(QStringLiteral("broken.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("code,name,family,risk,minimum,channels,dual_recording\n"
               "WM-1Y,x,wealth,R9,1,counter,yes\nFD-1,,fund,R2,1,fax,no\n");
    file.close();
    const auto refused = view.loadFile(path);
    QVERIFY(!refused.loaded);
    QCOMPARE(view.problemCount(), 3);
    QCOMPARE(view.productCount(), builtIn);
    auto *problems = view.findChild<QTableView *>(QStringLiteral("shelfProblems"));
    QVERIFY(problems->isVisible());
    QCOMPARE(problems->model()->index(0, 0).data().toString(), QStringLiteral("line 2, risk"));
    view.grab().save(QDir::temp().filePath(QStringLiteral("branchdesk-shelf-refused.png")));
    // A wealth manager sees the shelf but cannot load one.
    ProductShelfView readOnly(m_store, signIn(QStringLiteral("wealth")));
    QVERIFY(!readOnly.findChild<QPushButton *>(QStringLiteral("shelfLoad"))->isEnabled());
    // The dashboard counts the sale's offer: none were answered yet, one sale.
    OfferDashboard dashboard(m_store, head);
    testModels(&dashboard);
    QTRY_VERIFY_WITH_TIMEOUT(dashboard.isLoaded(), 10000);
    QCOMPARE(dashboard.figures().made, 0);
    QCOMPARE(dashboard.figures().byProduct.size(), 1);
    QCOMPARE(dashboard.figures().byProduct.first().sales, 1);
}

QTEST_MAIN(tst_SuitabilityGui)
#include "tst_suitability_gui.moc"
