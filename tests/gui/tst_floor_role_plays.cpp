// Long file: four role-plays of issue #15 share one demo branch and the keyboard helpers
// staff use at every desk; split, each would repeat them.
// The role-plays of issue #15, offscreen, on a generated demo branch file: the real teller and
// lobby workspaces driven the way staff drive them, by keyboard (Alt letters, typing, Enter),
// then what ended up stored is read back with SQL.
//  - the teller: an 80,000 cash deposit, then a 150,000 transfer out for the next customer;
//  - the retiree waiting with a ticket whose deposit matures next week;
//  - the 35-year-old office worker in a hurry to open an account;
//  - the man of about 35 standing long at the fund NAV board.
#include "app/demo/DemoBranchGenerator.h"
#include "app/domain/DomainTerms.h"
#include "../common/DemoBranchFile.h"
#include "../common/ResultAssert.h"
#include "StaffKeys.h"
#include "app/services/staff/AuthService.h"
#include "database/core/SensitiveColumns.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "ui/branchfloor/ReferralFormDialog.h"
#include "ui/branchfloor/SevenStepPanel.h"
#include "ui/branchfloor/WalkInLog.h"
#include "ui/common/CustomerSearchField.h"
#include "ui/shell/LobbyWorkspace.h"
#include "ui/shell/TellerWorkspace.h"
#include "translations/LanguageSetup.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDate>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;
using test::chooseWithArrows;
using test::pressAltFor;

namespace {

struct DemoCustomer
{
    QString id;
    QString cif;
    QString managerId;
};

} // namespace

class tst_FloorRolePlays : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void tellerTakesADepositThenATransfer_data() { languages(); }
    void tellerTakesADepositThenATransfer();
    void retireeWithATicketMeetsHerManager_data() { languages(); }
    void retireeWithATicketMeetsHerManager();
    void officeWorkerInAHurryGoesToTheCounter_data() { languages(); }
    void officeWorkerInAHurryGoesToTheCounter();
    void manAtTheFundBoardMeetsAWealthManager_data() { languages(); }
    void manAtTheFundBoardMeetsAWealthManager();

private:
    // Each role-play in English and as the branch uses it, in zh_CN.
    static void languages();
    static void speak();
    Session signIn(const QString &username);
    DemoCustomer pickCustomer(const QString &where);
    QString newestRowIdOf(const QString &table);
    static void show(QWidget *desk);

    // At every desk.
    static void pressAltOf(QWidget *desk, QAbstractButton *control);
    static void findTheCustomer(QWidget *desk, CustomerSearchField *field, const DemoCustomer &who);

    // At the counter.
    void startService(TellerWorkspace &desk, const QString &business);
    void tickSteps(TellerWorkspace &desk, std::initializer_list<int> steps);
    void typeAmountAndWeigh(TellerWorkspace &desk, const QString &amount);
    void referInOneKey(TellerWorkspace &desk);
    void recordTheRating(TellerWorkspace &desk);

    // In the lobby.
    void typeTicket(LobbyWorkspace &desk, const QString &ticket);
    void tickSignal(LobbyWorkspace &desk, const QString &name);
    void saveWalkIn(LobbyWorkspace &desk);
    void printTheWalkInsForm(LobbyWorkspace &desk);
    void sendToOwnManager(LobbyWorkspace &desk, const DemoCustomer &who, const QString &interest);

    QTemporaryDir m_dir;
    Store m_store;
    Session m_teller, m_lobby;
};

void tst_FloorRolePlays::initTestCase()
{
    QVERIFY_RESULT(test::openDemoBranch(m_store, m_dir.filePath(QStringLiteral("role-plays.db")), 400));
    m_teller = signIn(QStringLiteral("teller"));
    m_lobby = signIn(QStringLiteral("lobby"));
}

void tst_FloorRolePlays::cleanupTestCase()
{
    LanguageSetup::install(*QCoreApplication::instance(), QStringLiteral("en"));
}

void tst_FloorRolePlays::languages()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

// The workspaces are built after this, so every label and Alt letter is in that language.
void tst_FloorRolePlays::speak()
{
    QFETCH(QString, language);
    QCOMPARE(LanguageSetup::install(*QCoreApplication::instance(), language), language);
}

Session tst_FloorRolePlays::signIn(const QString &username)
{
    const AuthService::Result result =
            AuthService(m_store).signIn(username, username + QStringLiteral("-demo"));
    if (!result.session)
        qFatal("cannot sign in as %s: %s", qPrintable(username), qPrintable(result.message));
    return *result.session;
}

DemoCustomer tst_FloorRolePlays::pickCustomer(const QString &where)
{
    QSqlQuery q(m_store.database());
    // Someone not yet logged in the lobby today nor referred: the zh_CN run meets another
    // customer, as the same walk-in logged again is refused as a repeat, and a customer
    // with an open referral gets no second one.
    q.prepare(QStringLiteral("SELECT id, cif_no, COALESCE(manager_id, '') FROM customer "
                             "WHERE deleted = 0 AND %1 AND id NOT IN (SELECT customer_id FROM "
                             "lobby_visit WHERE customer_id IS NOT NULL AND entered_at >= ?) "
                             "AND id NOT IN (SELECT customer_id FROM referral WHERE customer_id "
                             "IS NOT NULL AND status IN ('logged', 'accepted', 'contacted', "
                             "'met')) ORDER BY cif_no LIMIT 1").arg(where));
    q.addBindValue(SqlTime::localDayStart(QDate::currentDate()));
    if (!q.exec() || !q.next())
        qFatal("no demo customer where %s: %s", qPrintable(where),
               qPrintable(q.lastError().text()));
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
}

QString tst_FloorRolePlays::newestRowIdOf(const QString &table)
{
    QSqlQuery q(m_store.database());
    q.exec(QStringLiteral("SELECT COALESCE(MAX(rowid), 0) FROM %1").arg(table));
    return q.next() ? q.value(0).toString() : QStringLiteral("0");
}

void tst_FloorRolePlays::show(QWidget *desk)
{
    desk->resize(1366, 720);
    desk->show();
    QApplication::setActiveWindow(desk);
    QVERIFY(QTest::qWaitForWindowActive(desk));
}

void tst_FloorRolePlays::pressAltOf(QWidget *desk, QAbstractButton *control)
{
    QVERIFY(control);
    const bool wasChecked = control->isChecked();
    pressAltFor(desk, control);
    // A mnemonic clicks as an animated click: wait for its release.
    if (control->isCheckable() && !(qobject_cast<QRadioButton *>(control) && wasChecked))
        QTRY_VERIFY2(control->isChecked() != wasChecked,
                     qPrintable(control->text() + QStringLiteral(": its Alt letter did nothing")));
}

// Alt+C, the CIF the customer hands over, Enter on the suggestion.
void tst_FloorRolePlays::findTheCustomer(QWidget *desk, CustomerSearchField *field,
                                         const DemoCustomer &who)
{
    QVERIFY(field);
    pressAltFor(desk, field);
    QTRY_VERIFY(field->hasFocus());
    QSignalSpy shown(field, &CustomerSearchField::resultsShown);
    QSignalSpy chosen(field, &CustomerSearchField::customerChosen);
    QTest::keyClicks(field, who.cif);
    QVERIFY(shown.wait(5000));
    QTRY_VERIFY(!field->isSearching());
    QTRY_VERIFY(field->completer()->popup()->isVisible());
    QAbstractItemView *popup = field->completer()->popup();
    if (!popup->currentIndex().isValid())
        QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.first().first().value<CustomerId>().toString(), who.id);
}

void tst_FloorRolePlays::startService(TellerWorkspace &desk, const QString &business)
{
    auto *combo = desk.findChild<QComboBox *>(QStringLiteral("counterBusiness"));
    pressAltFor(&desk, combo);
    QTRY_VERIFY(combo->hasFocus());
    chooseWithArrows(combo, business);
    const QString previous = desk.sevenStepPanel()->service().id();
    pressAltFor(&desk, desk.findChild<QPushButton *>(QStringLiteral("counterStart")));
    // A new service, not the previous customer's seen-off one.
    QTRY_VERIFY2(desk.sevenStepPanel()->service().isStarted()
                         && desk.sevenStepPanel()->service().id() != previous,
                 qPrintable(desk.findChild<QLabel *>(QStringLiteral("counterMessage"))->text()));
    for (int step = 1; step <= TellerSession::kSteps; ++step)
        QVERIFY(!desk.findChild<QCheckBox *>(QStringLiteral("step_%1").arg(step))->isChecked());
}

void tst_FloorRolePlays::tickSteps(TellerWorkspace &desk, std::initializer_list<int> steps)
{
    for (const int step : steps) {
        auto *box = desk.findChild<QCheckBox *>(QStringLiteral("step_%1").arg(step));
        pressAltFor(&desk, box);
        QTRY_VERIFY2(box->isChecked(),
                     qPrintable(QStringLiteral("Alt+%1 did not stamp step %1").arg(step)));
    }
}

void tst_FloorRolePlays::typeAmountAndWeigh(TellerWorkspace &desk, const QString &amount)
{
    auto *field = desk.findChild<QLineEdit *>(QStringLiteral("counterAmount"));
    // Nothing of the previous customer is waiting in the field.
    QCOMPARE(field->text(), QString());
    pressAltFor(&desk, field);
    QTRY_VERIFY(field->hasFocus());
    QTest::keyClicks(field, amount);
    pressAltFor(&desk, desk.findChild<QPushButton *>(QStringLiteral("counterAssess")));
    QTRY_VERIFY2(desk.findChild<QCheckBox *>(QStringLiteral("step_4"))->isChecked(),
                 qPrintable(desk.findChild<QLabel *>(QStringLiteral("counterMessage"))->text()));
}

void tst_FloorRolePlays::referInOneKey(TellerWorkspace &desk)
{
    QVERIFY(desk.sevenStepPanel()->promptShown());
    pressAltFor(&desk, desk.findChild<QPushButton *>(QStringLiteral("counterRefer")));
    QTRY_VERIFY2(!desk.sevenStepPanel()->service().referralId().isEmpty(),
                 qPrintable(desk.findChild<QLabel *>(QStringLiteral("counterMessage"))->text()));
    QVERIFY(desk.findChild<QCheckBox *>(QStringLiteral("step_6"))->isChecked());
}

void tst_FloorRolePlays::recordTheRating(TellerWorkspace &desk)
{
    auto *message = desk.findChild<QLabel *>(QStringLiteral("counterMessage"));
    pressAltFor(&desk, desk.findChild<QPushButton *>(QStringLiteral("counterRate")));
    QTRY_VERIFY2(!desk.sevenStepPanel()->service().isStarted()
                         || desk.sevenStepPanel()->service().isSeenOff(),
                 qPrintable(message->text()));
}

void tst_FloorRolePlays::tellerTakesADepositThenATransfer()
{
    speak();
    const DemoCustomer depositor = pickCustomer(QStringLiteral("tier = 'ordinary'"));
    const DemoCustomer sender =
            pickCustomer(QStringLiteral("tier = 'ordinary' AND id <> '%1'").arg(depositor.id));
    const QString sessionsBefore = newestRowIdOf(QStringLiteral("teller_session"));
    const QString referralsBefore = newestRowIdOf(QStringLiteral("referral"));

    TellerWorkspace desk(m_store, m_teller);
    show(&desk);
    auto *search = desk.findChild<CustomerSearchField *>(QStringLiteral("counterSearch"));

    // The first customer brings 80,000 in cash: a potential VIP, referred in one key.
    findTheCustomer(&desk, search, depositor);
    startService(desk, QStringLiteral("cash_deposit"));
    tickSteps(desk, {1, 2, 3});
    typeAmountAndWeigh(desk, QStringLiteral("80000"));
    tickSteps(desk, {5});
    referInOneKey(desk);
    recordTheRating(desk);

    // The next customer sends 150,000 out; the counter starts clear.
    QCOMPARE(desk.findChild<QLabel *>(QStringLiteral("counterCustomer"))->text(), QString());
    findTheCustomer(&desk, search, sender);
    startService(desk, QStringLiteral("transfer"));
    tickSteps(desk, {1, 2, 3});
    typeAmountAndWeigh(desk, QStringLiteral("150000"));
    tickSteps(desk, {5, 6});
    recordTheRating(desk);

    // Stored: two services of seven steps each, each with its own customer, amount and
    // business; the referral only on the deposit.
    QSqlQuery q(m_store.database());
    QVERIFY(q.exec(QStringLiteral(
            "SELECT customer_id, business_type, amount_fen, COALESCE(referral_id, ''), "
            "(greeted_at IS NOT NULL) + (asked_at IS NOT NULL) + (received_at IS NOT NULL) "
            "+ (processed_at IS NOT NULL) + (reminded_at IS NOT NULL) "
            "+ (recommended_at IS NOT NULL) + (seen_off_at IS NOT NULL), rating "
            "FROM teller_session WHERE rowid > %1 AND teller_id = '%2' AND deleted = 0 "
            "ORDER BY started_at, rowid").arg(sessionsBefore, m_teller.user.id)));
    QStringList services;
    QString depositReferral;
    while (q.next()) {
        services << QStringLiteral("%1 %2 %3 referral:%4 steps:%5 rating:%6")
                            .arg(q.value(0).toString() == depositor.id ? QStringLiteral("depositor")
                                 : q.value(0).toString() == sender.id  ? QStringLiteral("sender")
                                                                       : q.value(0).toString(),
                                 q.value(1).toString(), q.value(2).toString(),
                                 q.value(3).toString().isEmpty() ? QStringLiteral("no")
                                                                 : QStringLiteral("yes"),
                                 q.value(4).toString(), q.value(5).toString());
        if (q.value(0).toString() == depositor.id)
            depositReferral = q.value(3).toString();
    }
    QCOMPARE(services, (QStringList{
            QStringLiteral("depositor cash_deposit 8000000 referral:yes steps:7 rating:5"),
            QStringLiteral("sender transfer 15000000 referral:no steps:7 rating:5")}));

    // One referral, for the depositor, saying it was the 80,000 deposit.
    QVERIFY(q.exec(QStringLiteral("SELECT id, customer_id, source, reason FROM referral "
                                  "WHERE rowid > %1").arg(referralsBefore)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), depositReferral);
    QCOMPARE(q.value(1).toString(), depositor.id);
    QCOMPARE(q.value(2).toString(), QStringLiteral("teller"));
    const QString reason = SensitiveColumns::open(m_store, q.value(3));
    // The words of the deposit line in the current language, before its amount.
    const QString depositWords = TellerSession::tr("Deposit of %1 is at or above %2")
                                         .section(QStringLiteral("%1"), 0, 0).trimmed();
    QVERIFY2(reason.contains(depositWords) && reason.contains(QStringLiteral("80,000")),
             qPrintable(reason));
    QVERIFY2(!q.next(), "a second referral was filed");
}

void tst_FloorRolePlays::typeTicket(LobbyWorkspace &desk, const QString &ticket)
{
    auto *field = desk.findChild<QLineEdit *>(QStringLiteral("walkInTicket"));
    pressAltFor(&desk, field);
    QTRY_VERIFY(field->hasFocus());
    QTest::keyClicks(field, ticket);
}

void tst_FloorRolePlays::tickSignal(LobbyWorkspace &desk, const QString &name)
{
    pressAltOf(&desk, desk.findChild<QCheckBox *>(QStringLiteral("signal_") + name));
}

void tst_FloorRolePlays::saveWalkIn(LobbyWorkspace &desk)
{
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY2(desk.walkInLog()->problemText().isEmpty(), qPrintable(desk.walkInLog()->problemText()));
}

// Alt+P opens the walk-in's own form, filled in; Enter saves it (the form for the manager).
void tst_FloorRolePlays::printTheWalkInsForm(LobbyWorkspace &desk)
{
    auto *print = desk.findChild<QPushButton *>(QStringLiteral("printWalkInForm"));
    QTRY_VERIFY(print->isEnabled());
    pressAltFor(&desk, print);
    ReferralFormDialog *form = nullptr;
    QTRY_VERIFY((form = desk.findChild<ReferralFormDialog *>()) && form->isVisible());
    QVERIFY(QTest::qWaitForWindowActive(form));
    // Activation and focus arrive as separate events: under load the lobby still had the
    // focus for a moment, and Enter went there (one run in two on a busy machine).
    QTRY_VERIFY2(QApplication::focusWidget() && form->isAncestorOf(QApplication::focusWidget()),
                 "the form is open but does not have the keyboard");
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_VERIFY2(!form->isVisible(), qPrintable(form->problemText()));
    QCOMPARE(form->result(), int(QDialog::Accepted));
}

// The customer has time: to the wealth manager, their own by default with the reason why;
// every check point the route shows ticked, what they are after typed, the walk-in saved
// and its form printed.
void tst_FloorRolePlays::sendToOwnManager(LobbyWorkspace &desk, const DemoCustomer &who,
                                          const QString &interest)
{
    pressAltOf(&desk, desk.findChild<QRadioButton *>(QStringLiteral("routeHasTime")));
    QCOMPARE(desk.findChild<QComboBox *>(QStringLiteral("routeManager"))->currentData().toString(),
             who.managerId);
    QVERIFY(!desk.findChild<QLabel *>(QStringLiteral("routeManagerWhy"))->text().isEmpty());
    for (QCheckBox *point : desk.findChildren<QCheckBox *>(QRegularExpression(QStringLiteral("^check_")))) {
        if (!point->isVisibleTo(&desk))
            continue;
        point->setFocus();
        QTest::keyClick(point, Qt::Key_Space);
        QVERIFY(point->isChecked());
    }
    auto *field = desk.findChild<QLineEdit *>(QStringLiteral("routeInterest"));
    pressAltFor(&desk, field);
    QTRY_VERIFY(field->hasFocus());
    QTest::keyClicks(field, interest);
    saveWalkIn(desk);
    if (QTest::currentTestFailed())
        return;
    printTheWalkInsForm(desk);
}

void tst_FloorRolePlays::retireeWithATicketMeetsHerManager()
{
    speak();
    // A retiree (born before 1961) of the silver tier with her own manager; her three-year
    // deposit matures next week.
    const DemoCustomer retiree = pickCustomer(QStringLiteral(
            "tier = 'silver' AND manager_id IS NOT NULL AND birth_year < 1961"));
    QSqlQuery insert(m_store.database());
    insert.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO holding(id, customer_id, product_family, product_code, product_name, "
            "amount_fen, opened_on, maturity_date, updated_at) VALUES (?, ?, 'deposit', 'TD3Y', "
            "'三年定期存款', 5281697, '2023-12-01', ?, '2026-01-01T00:00:00Z')"));
    insert.addBindValue(QStringLiteral("role-play-retiree-deposit-") + retiree.id);
    insert.addBindValue(retiree.id);
    insert.addBindValue(QDate::currentDate().addDays(6).toString(Qt::ISODate));
    QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    const QString visitsBefore = newestRowIdOf(QStringLiteral("lobby_visit"));
    const QString referralsBefore = newestRowIdOf(QStringLiteral("referral"));

    LobbyWorkspace desk(m_store, m_lobby);
    show(&desk);
    findTheCustomer(&desk, desk.findChild<CustomerSearchField *>(QStringLiteral("walkInSearch")),
                    retiree);
    // Each language's retiree has a ticket of her own (one ticket, one walk-in).
    const QString ticket = QTest::currentDataTag() == QByteArray("en") ? QStringLiteral("A023")
                                                                        : QStringLiteral("A024");
    typeTicket(desk, ticket);
    // Linked, the lobby shows what of hers falls due.
    auto *due = desk.findChild<QLabel *>(QStringLiteral("walkInHoldingsDue"));
    QVERIFY2(due->isVisibleTo(&desk) && due->text().contains(QStringLiteral("三年定期存款")),
             qPrintable(due->text()));
    // She says her deposit matures next week: the lobby manager is consulting with her.
    pressAltOf(&desk, desk.findChild<QRadioButton *>(QStringLiteral("moment_consulting")));
    QTRY_VERIFY(desk.findChild<QRadioButton *>(QStringLiteral("moment_consulting"))->isChecked());
    tickSignal(desk, QStringLiteral("maturing_soon"));
    QCOMPARE(desk.walkInLog()->suggestedClass(), QStringLiteral("potential_vip"));
    // She has time now: to the wealth manager, her own by default.
    sendToOwnManager(desk, retiree, QStringLiteral("deposit maturing next week"));
    if (QTest::currentTestFailed())
        return;

    QSqlQuery q(m_store.database());
    QVERIFY(q.exec(QStringLiteral("SELECT id, customer_id, ticket_no, route, signals FROM lobby_visit "
                                  "WHERE rowid > %1").arg(visitsBefore)));
    QVERIFY(q.next());
    const QString visitId = q.value(0).toString();
    QCOMPARE(q.value(1).toString(), retiree.id);
    QCOMPARE(q.value(2).toString(), ticket);
    QCOMPARE(q.value(3).toString(), QStringLiteral("wealth_manager"));
    QVERIFY2(q.value(4).toString().contains(QStringLiteral("maturing_soon")),
             qPrintable(q.value(4).toString()));
    QVERIFY2(!q.next(), "the walk-in was logged twice");
    // One referral (not two), to her own manager.
    QVERIFY(q.exec(QStringLiteral("SELECT visit_id, customer_id, referred_to FROM referral "
                                  "WHERE rowid > %1").arg(referralsBefore)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), visitId);
    QCOMPARE(q.value(1).toString(), retiree.id);
    QCOMPARE(q.value(2).toString(), retiree.managerId);
    QVERIFY2(!q.next(), "a second referral was filed");
}

void tst_FloorRolePlays::officeWorkerInAHurryGoesToTheCounter()
{
    speak();
    const QString visitsBefore = newestRowIdOf(QStringLiteral("lobby_visit"));
    const QString referralsBefore = newestRowIdOf(QStringLiteral("referral"));
    LobbyWorkspace desk(m_store, m_lobby);
    show(&desk);
    // A new customer: no search, a few words, the business, and save.
    auto *description = desk.findChild<QLineEdit *>(QStringLiteral("walkInDescription"));
    pressAltFor(&desk, description);
    QTRY_VERIFY(description->hasFocus());
    QTest::keyClicks(description, QStringLiteral("office worker, about 35, in a hurry"));
    auto *business = desk.findChild<QComboBox *>(QStringLiteral("walkInBusiness"));
    pressAltFor(&desk, business);
    QTRY_VERIFY(business->hasFocus());
    chooseWithArrows(business, QStringLiteral("account_opening"));
    QCOMPARE(desk.walkInLog()->suggestedClass(), QStringLiteral("ordinary"));
    saveWalkIn(desk);

    QSqlQuery q(m_store.database());
    QVERIFY(q.exec(QStringLiteral("SELECT business_type, value_class, route, customer_id "
                                  "FROM lobby_visit WHERE rowid > %1").arg(visitsBefore)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("account_opening"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("ordinary"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("open_counter"));
    QVERIFY(q.value(3).isNull() || q.value(3).toString().isEmpty());
    QVERIFY2(!q.next(), "the walk-in was logged twice");
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM referral WHERE rowid > %1")
                           .arg(referralsBefore)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void tst_FloorRolePlays::manAtTheFundBoardMeetsAWealthManager()
{
    speak();
    // A man of about 35, an ordinary customer of the branch with his own manager.
    const DemoCustomer man = pickCustomer(QStringLiteral(
            "tier = 'ordinary' AND gender = 'M' AND manager_id IS NOT NULL "
            "AND birth_year BETWEEN 1988 AND 1994"));
    const QString visitsBefore = newestRowIdOf(QStringLiteral("lobby_visit"));
    const QString referralsBefore = newestRowIdOf(QStringLiteral("referral"));

    LobbyWorkspace desk(m_store, m_lobby);
    show(&desk);
    // The lobby manager notices him while he waits: he stands long at the fund NAV board and
    // reads it closely.
    pressAltOf(&desk, desk.findChild<QRadioButton *>(QStringLiteral("moment_waiting")));
    QTRY_VERIFY(desk.findChild<QRadioButton *>(QStringLiteral("moment_waiting"))->isChecked());
    tickSignal(desk, QStringLiteral("rate_boards"));
    tickSignal(desk, QStringLiteral("reads_closely"));
    // She goes over; he asks about funds and hands over his card: linked.
    findTheCustomer(&desk, desk.findChild<CustomerSearchField *>(QStringLiteral("walkInSearch")),
                    man);
    auto *business = desk.findChild<QComboBox *>(QStringLiteral("walkInBusiness"));
    pressAltFor(&desk, business);
    QTRY_VERIFY(business->hasFocus());
    chooseWithArrows(business, QStringLiteral("wealth_consultation"));
    QCOMPARE(desk.walkInLog()->suggestedClass(), QStringLiteral("potential_vip"));
    // He has time: to a wealth manager, his own by default, with the reason why.
    sendToOwnManager(desk, man, QStringLiteral("equity funds"));
    if (QTest::currentTestFailed())
        return;

    // Stored: the walk-in at the waiting moment with the fund-board signal, linked to him.
    QSqlQuery q(m_store.database());
    QVERIFY(q.exec(QStringLiteral("SELECT id, customer_id, moment, value_class, route, signals, "
                                  "business_type FROM lobby_visit WHERE rowid > %1")
                           .arg(visitsBefore)));
    QVERIFY(q.next());
    const QString visitId = q.value(0).toString();
    QCOMPARE(q.value(1).toString(), man.id);
    QCOMPARE(q.value(2).toString(), QStringLiteral("waiting"));
    QCOMPARE(q.value(3).toString(), QStringLiteral("potential_vip"));
    QCOMPARE(q.value(4).toString(), QStringLiteral("wealth_manager"));
    QVERIFY2(q.value(5).toString().contains(QStringLiteral("waiting.rate_boards")),
             qPrintable(q.value(5).toString()));
    QCOMPARE(q.value(6).toString(), QStringLiteral("wealth_consultation"));
    QVERIFY2(!q.next(), "the walk-in was logged twice");
    // One referral, to his own manager, saying why: the manager reads it in the inbox.
    QVERIFY(q.exec(QStringLiteral("SELECT visit_id, customer_id, referred_to, source, reason, "
                                  "interest FROM referral WHERE rowid > %1").arg(referralsBefore)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), visitId);
    QCOMPARE(q.value(1).toString(), man.id);
    QCOMPARE(q.value(2).toString(), man.managerId);
    QCOMPARE(q.value(3).toString(), QStringLiteral("lobby"));
    const QString reason = SensitiveColumns::open(m_store, q.value(4));
    QVERIFY2(reason.contains(DomainTerms::label(Vocabulary::LobbySignal,
                                                QStringLiteral("waiting.rate_boards"))),
             qPrintable(QStringLiteral("reason: \"%1\"").arg(reason)));
    QVERIFY2(SensitiveColumns::open(m_store, q.value(5)).contains(QStringLiteral("equity funds")),
             qPrintable(SensitiveColumns::open(m_store, q.value(5))));
    QVERIFY2(!q.next(), "a second referral was filed");
}

QTEST_MAIN(tst_FloorRolePlays)
#include "tst_floor_role_plays.moc"
