// Long file: one lobby workspace driven through its routes, forms and value judgement;
// the cases share its fixture and helpers.
// The lobby manager's workspace end to end, offscreen: the three routes of the walk-in log
// (VIP -> service guidance; potential VIP with time -> manager, checklist, record form;
// potential VIP without time -> card, contact with consent, referral form; ordinary ->
// diversion with a script), the suggestion and override, and the referral form dialog with
// validation and a PDF.
#include "../common/SmallBranchFixture.h"

#include "app/domain/DomainTerms.h"
#include "app/services/branchfloor/ReferralDesk.h"
#include "app/services/staff/AuthService.h"
#include "database/core/SensitiveColumns.h"
#include "ui/branchfloor/ReferralFormDialog.h"
#include "ui/branchfloor/ReferralLauncher.h"
#include "ui/branchfloor/WalkInLog.h"
#include "ui/shell/LobbyWorkspace.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

class tst_LobbyRoutes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void vipGetsServiceGuidance();
    void potentialVipWithTimeMeetsTheManager();
    void potentialVipWithoutTimeLeavesAReferral();
    void ordinaryCustomerIsDiverted();
    void overrideWithoutReasonIsRefused();
    void referralFormValidatesAndPrints();
    void launcherOpensAPrefilledForm();
    void walkInFormPrintsOnceFromTheWalkIn();
    void reasonsSupportTheSuggestedClass();
    void holdingsDueShowAndCount();
    void holdingsDueThatCannotBeReadAreSaidNotHidden();
    void changingTheMomentKeepsTheTicks();
    void aCustomerWithAnOpenReferralIsNamedAndNotReferredAgain();

private:
    Session signIn(const QString &username);
    template <typename T> T *child(const QString &name)
    {
        T *widget = m_workspace->findChild<T *>(name);
        if (!widget)
            qWarning("no %s", qPrintable(name));
        return widget;
    }
    QVariantMap lastVisit();
    QVariantMap referralOfVisit(const QString &visitId);
    void type(const QString &field, const QString &text);
    void check(const QString &name);

    QTemporaryDir m_dir;
    Store m_store;
    test::SmallBranch m_branch;
    Session m_lobby;
    Session m_wealth;
    std::unique_ptr<LobbyWorkspace> m_workspace;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

void tst_LobbyRoutes::initTestCase()
{
    QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("lobby.db"))));
    m_branch = test::makeSmallBranch(m_store);
    m_lobby = signIn(QStringLiteral("lobby"));
    m_wealth = signIn(QStringLiteral("wealth"));
}

Session tst_LobbyRoutes::signIn(const QString &username)
{
    return test::signInOrStop(m_store, username);
}

void tst_LobbyRoutes::init()
{
    m_workspace = std::make_unique<LobbyWorkspace>(m_store, m_lobby);
    for (QAbstractItemModel *model : m_workspace->models())
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    m_workspace->resize(1300, 900);
    m_workspace->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_workspace.get()));
    m_workspace->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_workspace.get()));
}

void tst_LobbyRoutes::cleanup()
{
    m_testers.clear();
    m_workspace.reset();
}

QVariantMap tst_LobbyRoutes::lastVisit()
{
    QSqlQuery q(m_store.database());
    q.exec(QStringLiteral("SELECT id, value_class, suggested_class, route, business_type, "
                          "override_reason, signals, moment, ticket_no, description "
                          "FROM lobby_visit ORDER BY id DESC LIMIT 1"));
    QVariantMap row;
    if (q.next()) {
        // The free text is stored sealed (encryption at rest): compared as it opens.
        for (int i = 0; i < 10; ++i) {
            const QString column = q.record().fieldName(i);
            row.insert(column, SensitiveColumns::openColumn(m_store, QStringLiteral("lobby_visit"),
                                                            column, q.value(i)));
        }
    }
    return row;
}

QVariantMap tst_LobbyRoutes::referralOfVisit(const QString &visitId)
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT id, form, customer_has_time, contact_obtained, contact_phone, "
                             "experience_card, waiting_area, referred_to, status, "
                             "(SELECT COUNT(*) FROM referral_check k WHERE k.referral_id = r.id) "
                             "AS checks FROM referral r WHERE visit_id = ?"));
    q.addBindValue(visitId);
    QVariantMap row;
    if (q.exec() && q.next()) {
        for (int i = 0; i < 10; ++i)
            row.insert(q.record().fieldName(i), q.value(i));
    }
    return row;
}

void tst_LobbyRoutes::type(const QString &field, const QString &text)
{
    auto *edit = child<QLineEdit>(field);
    QVERIFY(edit);
    edit->setFocus();
    QTest::keyClicks(edit, text);
}

void tst_LobbyRoutes::check(const QString &name)
{
    auto *box = child<QAbstractButton>(name);
    QVERIFY(box);
    QVERIFY(box->isVisibleTo(m_workspace.get()));
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(5, box->height() / 2));
}

void tst_LobbyRoutes::vipGetsServiceGuidance()
{
    WalkInLog *log = m_workspace->walkInLog();
    log->linkCustomer(CustomerId(m_branch.customerId), QStringLiteral("张三"));
    QCOMPARE(log->suggestedClass(), QStringLiteral("vip"));
    QVERIFY(log->suggestionReasons().join(QLatin1Char(' ')).contains(QStringLiteral("Gold")));
    QCOMPARE(child<QStackedWidget>(QStringLiteral("walkInRoutes"))->currentIndex(), 0);
    QVERIFY(!child<QLabel>(QStringLiteral("vipScript"))->text().isEmpty());
    type(QStringLiteral("walkInTicket"), QStringLiteral("V007"));
    // Keyboard: Ctrl+Return saves.
    QTest::keyClick(child<QLineEdit>(QStringLiteral("walkInTicket")), Qt::Key_Return, Qt::ControlModifier);
    const QVariantMap visit = lastVisit();
    QCOMPARE(visit.value(QStringLiteral("value_class")).toString(), QStringLiteral("vip"));
    QCOMPARE(visit.value(QStringLiteral("route")).toString(), QStringLiteral("vip_service"));
    QCOMPARE(visit.value(QStringLiteral("ticket_no")).toString(), QStringLiteral("V007"));
    QVERIFY(referralOfVisit(visit.value(QStringLiteral("id")).toString()).isEmpty());
    auto *visits = child<QTableView>(QStringLiteral("lobbyVisitsView"));
    QCOMPARE(visits->model()->rowCount(), 1);
}

void tst_LobbyRoutes::potentialVipWithTimeMeetsTheManager()
{
    type(QStringLiteral("walkInDescription"), QStringLiteral("man of about 35 asking about funds"));
    check(QStringLiteral("moment_consulting"));
    check(QStringLiteral("signal_states_amount"));
    check(QStringLiteral("signal_voucher_amount"));
    WalkInLog *log = m_workspace->walkInLog();
    QCOMPARE(log->suggestedClass(), QStringLiteral("potential_vip"));
    QCOMPARE(child<QStackedWidget>(QStringLiteral("walkInRoutes"))->currentIndex(), 1);
    QVERIFY(child<QRadioButton>(QStringLiteral("routeHasTime"))->isChecked());
    auto *manager = child<QComboBox>(QStringLiteral("routeManager"));
    QVERIFY(manager->count() >= 1);
    manager->setCurrentIndex(manager->findData(m_wealth.user.id));
    QVERIFY(manager->currentText().contains(QStringLiteral("free")));
    for (const char *point : {"manager_time_confirmed", "manager_briefed", "credentials_introduced",
                              "introduced", "marked_done"})
        check(QStringLiteral("check_") + QLatin1String(point));
    // The interest is required: saving without it names the problem.
    QTest::mouseClick(child<QPushButton>(QStringLiteral("walkInSave")), Qt::LeftButton);
    QVERIFY(!log->problemText().isEmpty());
    type(QStringLiteral("routeInterest"), QStringLiteral("2-year wealth product, 500k"));
    QCOMPARE(log->currentRoute(), QStringLiteral("wealth_manager"));
    QTest::mouseClick(child<QPushButton>(QStringLiteral("walkInSave")), Qt::LeftButton);
    QVERIFY2(log->problemText().isEmpty(), qPrintable(log->problemText()));
    const QVariantMap visit = lastVisit();
    QCOMPARE(visit.value(QStringLiteral("value_class")).toString(), QStringLiteral("potential_vip"));
    QCOMPARE(visit.value(QStringLiteral("route")).toString(), QStringLiteral("wealth_manager"));
    QCOMPARE(visit.value(QStringLiteral("moment")).toString(), QStringLiteral("consulting"));
    const QVariantMap referral = referralOfVisit(visit.value(QStringLiteral("id")).toString());
    QCOMPARE(referral.value(QStringLiteral("form")).toString(), QStringLiteral("record"));
    QCOMPARE(referral.value(QStringLiteral("customer_has_time")).toInt(), 1);
    QCOMPARE(referral.value(QStringLiteral("checks")).toInt(), 5);
    QCOMPARE(referral.value(QStringLiteral("referred_to")).toString(), m_wealth.user.id);
    // The queue shows it; the manager is now busy with that customer.
    QCOMPARE(child<QTableView>(QStringLiteral("referralQueueView"))->model()->rowCount(), 1);
    WalkInLog fresh(m_store, m_lobby);
    fresh.chooseClass(QStringLiteral("potential_vip"));
    auto *again = fresh.findChild<QComboBox *>(QStringLiteral("routeManager"));
    QVERIFY(again->itemText(again->findData(m_wealth.user.id)).contains(QStringLiteral("busy")));
    // Waiting-area option when the manager is busy.
    auto *wait = fresh.findChild<QCheckBox *>(QStringLiteral("routeWaitingArea"));
    wait->setChecked(true);
    QCOMPARE(fresh.currentRoute(), QStringLiteral("waiting_area"));
}

void tst_LobbyRoutes::potentialVipWithoutTimeLeavesAReferral()
{
    type(QStringLiteral("walkInDescription"), QStringLiteral("woman with a driver"));
    check(QStringLiteral("signal_brands"));
    check(QStringLiteral("signal_companions"));
    WalkInLog *log = m_workspace->walkInLog();
    QCOMPARE(log->suggestedClass(), QStringLiteral("potential_vip"));
    check(QStringLiteral("routeNoTime"));
    QVERIFY(!child<QCheckBox>(QStringLiteral("check_manager_briefed"))->isVisibleTo(m_workspace.get()));
    check(QStringLiteral("routeCard"));
    type(QStringLiteral("routeInterest"), QStringLiteral("FX and deposits"));
    check(QStringLiteral("routeConsent"));
    type(QStringLiteral("routePhone"), QStringLiteral("12345"));
    QTest::mouseClick(child<QPushButton>(QStringLiteral("walkInSave")), Qt::LeftButton);
    QVERIFY(!log->problemText().isEmpty()); // a bad mobile number
    child<QLineEdit>(QStringLiteral("routePhone"))->clear();
    type(QStringLiteral("routePhone"), QStringLiteral("13912345678"));
    QTest::mouseClick(child<QPushButton>(QStringLiteral("walkInSave")), Qt::LeftButton);
    QVERIFY2(log->problemText().isEmpty(), qPrintable(log->problemText()));
    const QVariantMap visit = lastVisit();
    QCOMPARE(visit.value(QStringLiteral("route")).toString(), QStringLiteral("experience_card"));
    const QVariantMap referral = referralOfVisit(visit.value(QStringLiteral("id")).toString());
    QCOMPARE(referral.value(QStringLiteral("form")).toString(), QStringLiteral("referral"));
    QCOMPARE(referral.value(QStringLiteral("customer_has_time")).toInt(), 0);
    QCOMPARE(referral.value(QStringLiteral("contact_obtained")).toInt(), 1);
    // Stored sealed (encryption at rest), the typed number when opened.
    QCOMPARE(SensitiveColumns::open(m_store, referral.value(QStringLiteral("contact_phone"))),
             QStringLiteral("13912345678"));
    QCOMPARE(referral.value(QStringLiteral("experience_card")).toInt(), 1);
    QCOMPARE(referral.value(QStringLiteral("status")).toString(), QStringLiteral("logged"));
}

void tst_LobbyRoutes::ordinaryCustomerIsDiverted()
{
    type(QStringLiteral("walkInDescription"), QStringLiteral("elderly man with bills"));
    auto *business = child<QComboBox>(QStringLiteral("walkInBusiness"));
    business->setCurrentIndex(business->findData(QStringLiteral("bill_payment")));
    WalkInLog *log = m_workspace->walkInLog();
    QCOMPARE(log->suggestedClass(), QStringLiteral("ordinary"));
    QCOMPARE(child<QStackedWidget>(QStringLiteral("walkInRoutes"))->currentIndex(), 2);
    QCOMPARE(log->currentRoute(), QStringLiteral("e_banking"));
    QVERIFY(!child<QLabel>(QStringLiteral("diversionScript"))->text().isEmpty());
    business->setCurrentIndex(business->findData(QStringLiteral("cash_withdrawal")));
    QCOMPARE(log->currentRoute(), QStringLiteral("self_service"));
    QVERIFY(log->save());
    const QVariantMap visit = lastVisit();
    QCOMPARE(visit.value(QStringLiteral("route")).toString(), QStringLiteral("self_service"));
    QCOMPARE(visit.value(QStringLiteral("business_type")).toString(), QStringLiteral("cash_withdrawal"));
    QCOMPARE(visit.value(QStringLiteral("description")).toString(), QStringLiteral("elderly man with bills"));
}

void tst_LobbyRoutes::overrideWithoutReasonIsRefused()
{
    WalkInLog *log = m_workspace->walkInLog();
    type(QStringLiteral("walkInDescription"), QStringLiteral("regular of the branch"));
    log->chooseClass(QStringLiteral("vip"));
    QVERIFY(child<QLineEdit>(QStringLiteral("walkInOverrideReason"))->isEnabled());
    QVERIFY(!log->save());
    QVERIFY(!log->problemText().isEmpty());
    type(QStringLiteral("walkInOverrideReason"), QStringLiteral("Known private-banking client"));
    QVERIFY(log->save());
    const QVariantMap visit = lastVisit();
    QCOMPARE(visit.value(QStringLiteral("suggested_class")).toString(), QStringLiteral("ordinary"));
    QCOMPARE(visit.value(QStringLiteral("value_class")).toString(), QStringLiteral("vip"));
    QCOMPARE(visit.value(QStringLiteral("override_reason")).toString(),
             QStringLiteral("Known private-banking client"));
    QSqlQuery raw(m_store.database());
    QVERIFY(raw.exec(QStringLiteral("SELECT override_reason, description FROM lobby_visit ORDER BY id DESC LIMIT 1")));
    QVERIFY(raw.next());
    QVERIFY(SensitiveColumns::isSealed(raw.value(0)));
    QVERIFY(SensitiveColumns::isSealed(raw.value(1)));
}

void tst_LobbyRoutes::referralFormValidatesAndPrints()
{
    ReferralForm blank;
    blank.source = QStringLiteral("lobby");
    ReferralFormDialog dialog(m_store, m_lobby, blank);
    QVERIFY(!dialog.save());
    QVERIFY(dialog.problemText().contains(QLatin1Char('\n'))); // several problems at once
    dialog.findChild<QLineEdit *>(QStringLiteral("formDescription"))->setText(QStringLiteral("retired teacher"));
    auto *manager = dialog.findChild<QComboBox *>(QStringLiteral("formManager"));
    manager->setCurrentIndex(manager->findData(m_wealth.user.id));
    dialog.findChild<QLineEdit *>(QStringLiteral("formInterest"))->setText(QStringLiteral("pension products"));
    dialog.findChild<QLineEdit *>(QStringLiteral("formFunds"))->setText(QStringLiteral("300,000"));
    QVERIFY2(dialog.save(), qPrintable(dialog.problemText()));
    QVERIFY(!dialog.savedId().isEmpty());
    const QString pdf = m_dir.filePath(QStringLiteral("form.pdf"));
    QVERIFY(dialog.printTo(pdf));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5).startsWith("%PDF"));
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT estimated_fen, description FROM referral WHERE id = ?"));
    q.addBindValue(dialog.savedId());
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toLongLong(), 30000000);
    QVERIFY(SensitiveColumns::isSealed(q.value(1))); // how the customer looks: sealed at rest
    QCOMPARE(SensitiveColumns::open(m_store, q.value(1)), QStringLiteral("retired teacher"));
}

void tst_LobbyRoutes::launcherOpensAPrefilledForm()
{
    QWidget parent;
    openReferralForm(m_store, m_wealth, CustomerId(m_branch.otherCustomerId), &parent);
    auto *dialog = parent.findChild<ReferralFormDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->form().customerId.toString(), m_branch.otherCustomerId);
    QCOMPARE(dialog->form().source, QStringLiteral("staff"));
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("formDescription"))->text(),
             QStringLiteral("欧阳明华"));
    QCOMPARE(dialog->form().referredTo, m_wealth.user.id); // the owning manager
    dialog->close();
}

// Issue #15 item 7: the form of a logged potential VIP is printed from the walk-in itself,
// pre-filled, without filing a second referral (staff retyped it under "New referral form":
// queue 27 -> 28).
void tst_LobbyRoutes::walkInFormPrintsOnceFromTheWalkIn()
{
    type(QStringLiteral("walkInDescription"), QStringLiteral("man in a suit at the NAV board"));
    check(QStringLiteral("signal_brands"));
    check(QStringLiteral("signal_companions"));
    check(QStringLiteral("routeNoTime"));
    type(QStringLiteral("routeInterest"), QStringLiteral("fund NAV, 300k"));
    QTest::mouseClick(child<QPushButton>(QStringLiteral("walkInSave")), Qt::LeftButton);
    QVERIFY2(m_workspace->walkInLog()->problemText().isEmpty(),
             qPrintable(m_workspace->walkInLog()->problemText()));
    QSqlQuery count(m_store.database());
    const auto referrals = [&count] {
        count.exec(QStringLiteral("SELECT COUNT(*) FROM referral"));
        return count.next() ? count.value(0).toInt() : -1;
    };
    const int before = referrals();

    auto *print = child<QPushButton>(QStringLiteral("printWalkInForm"));
    QVERIFY(print);
    QVERIFY(print->isEnabled());
    QTest::mouseClick(print, Qt::LeftButton);
    auto *dialog = m_workspace->findChild<ReferralFormDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("formInterest"))->text(),
             QStringLiteral("fund NAV, 300k"));
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("formDescription"))->text(),
             QStringLiteral("man in a suit at the NAV board"));
    QVERIFY(!dialog->findChild<QComboBox *>(QStringLiteral("formManager"))->currentData().toString().isEmpty());
    QVERIFY(dialog->save()); // printing saves first: the walk-in's referral, not a new one
    QVERIFY(dialog->printHtml().contains(QStringLiteral("fund NAV, 300k")));
    QCOMPARE(referrals(), before);
    dialog->close();
}

// Issue #15 item 9: a linked customer with a silver AUM and no signs is suggested as an
// ordinary customer; "near the VIP line" is shown as speaking against that, not as a reason.
void tst_LobbyRoutes::reasonsSupportTheSuggestedClass()
{
    const QString id = QStringLiteral("01907c2a-3333-7000-8000-000000000009");
    QVERIFY(test::addCustomer(m_store, id, m_branch.branchId, QStringLiteral("C31010000009"),
                              QStringLiteral("孙银卡"), QStringLiteral("110101197001010011"),
                              QStringLiteral("13800138009"), 6058789, QStringLiteral("silver"),
                              QString()));
    WalkInLog *log = m_workspace->walkInLog();
    log->linkCustomer(CustomerId(id), QStringLiteral("孙银卡"));
    QCOMPARE(log->suggestedClass(), QStringLiteral("ordinary"));
    const QString shown = child<QLabel>(QStringLiteral("walkInSuggestion"))->text();
    const qsizetype near = shown.indexOf(QStringLiteral("near the VIP line"));
    const qsizetype against = shown.indexOf(QStringLiteral("Speaks against"));
    QVERIFY2(near > 0 && against > 0 && against < near, qPrintable(shown));
    QVERIFY2(!log->suggestionReasons().join(QLatin1Char(' ')).contains(QStringLiteral("VIP line")),
             qPrintable(shown));
    QSqlQuery(m_store.database()).exec(QStringLiteral("DELETE FROM customer WHERE id = '%1'").arg(id));
}

// Issue #15 item 10: a retiree waiting with a ticket whose deposit matures next week. Linked,
// the walk-in shows the holdings due within 30 days, and the money freeing up counts.
void tst_LobbyRoutes::holdingsDueShowAndCount()
{
    const QString id = QStringLiteral("01907c2a-3333-7000-8000-00000000000a");
    QVERIFY(test::addCustomer(m_store, id, m_branch.branchId, QStringLiteral("C3101000000A"),
                              QStringLiteral("钱退休"), QStringLiteral("110101195501010012"),
                              QStringLiteral("13800138010"), 6058789, QStringLiteral("silver"),
                              QString()));
    QSqlQuery insert(m_store.database());
    insert.prepare(QStringLiteral(
            "INSERT INTO holding(id, customer_id, product_family, product_code, product_name, "
            "amount_fen, opened_on, maturity_date, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QDate today = QDate::currentDate();
    const struct { const char *id; const char *name; qint64 fen; int days; } rows[] = {
            {"h-due-1", "三年定期存款", 5281697, 6},  // next week: shown
            {"h-due-2", "稳健理财 90天", 2000000, 45}}; // beyond 30 days: not shown
    for (const auto &row : rows) {
        for (const QVariant &value :
             {QVariant(QString::fromUtf8(row.id)), QVariant(id), QVariant(QStringLiteral("deposit")),
              QVariant(QStringLiteral("TD3Y")), QVariant(QString::fromUtf8(row.name)),
              QVariant(row.fen), QVariant(QStringLiteral("2023-12-01")),
              QVariant(today.addDays(row.days).toString(Qt::ISODate)),
              QVariant(QStringLiteral("2026-01-01T00:00:00Z"))})
            insert.addBindValue(value);
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    }
    WalkInLog *log = m_workspace->walkInLog();
    log->setMoment(QStringLiteral("waiting"));
    log->linkCustomer(CustomerId(id), QStringLiteral("钱退休"));
    auto *due = child<QLabel>(QStringLiteral("walkInHoldingsDue"));
    QVERIFY(due);
    QVERIFY2(due->isVisibleTo(m_workspace.get()), qPrintable(due->text()));
    QVERIFY2(due->text().contains(QStringLiteral("三年定期存款"))
                     && due->text().contains(QRegularExpression(QStringLiteral("52,?816\\.97"))),
             qPrintable(due->text()));
    QVERIFY2(!due->text().contains(QStringLiteral("稳健理财")), qPrintable(due->text()));
    // Silver AUM and money freeing up next week: worth the wealth manager's time.
    QCOMPARE(log->suggestedClass(), QStringLiteral("potential_vip"));
    QVERIFY2(log->suggestionReasons().join(QLatin1Char(' ')).contains(
                     QRegularExpression(QStringLiteral("52,?816\\.97"))),
             qPrintable(log->suggestionReasons().join(QLatin1Char(' '))));
    // An unknown walk-in who says so: the signal of its own.
    log->clear();
    QVERIFY(!due->isVisibleTo(m_workspace.get()));
    log->setMoment(QStringLiteral("consulting"));
    check(QStringLiteral("signal_maturing_soon"));
    QVERIFY(log->walkIn().observed.contains(QStringLiteral("consulting.maturing_soon")));
    QSqlQuery(m_store.database()).exec(QStringLiteral("DELETE FROM holding WHERE customer_id = '%1'").arg(id));
    QSqlQuery(m_store.database()).exec(QStringLiteral("DELETE FROM customer WHERE id = '%1'").arg(id));
}

// Issue #16: when the customer's holdings cannot be read, the walk-in log says so in words
// instead of showing nothing, which would read as "no money falling due".
void tst_LobbyRoutes::holdingsDueThatCannotBeReadAreSaidNotHidden()
{
    auto *due = child<QLabel>(QStringLiteral("walkInHoldingsDue"));
    QVERIFY(due);
    WalkInLog *log = m_workspace->walkInLog();
    log->linkCustomer(CustomerId(m_branch.customerId), QStringLiteral("linked"));
    QVERIFY2(!due->text().contains(QStringLiteral("could not be read")), qPrintable(due->text()));
    // A read error the lobby cannot avoid: the table is away (a damaged or foreign file).
    QSqlQuery query(m_store.database());
    QVERIFY2(query.exec(QStringLiteral("ALTER TABLE holding RENAME TO holding_away")),
             qPrintable(query.lastError().text()));
    const auto restore = qScopeGuard([this] {
        QSqlQuery(m_store.database())
                .exec(QStringLiteral("ALTER TABLE holding_away RENAME TO holding"));
    });
    log->linkCustomer(CustomerId(m_branch.customerId), QStringLiteral("linked"));
    QVERIFY2(due->isVisibleTo(m_workspace.get()), qPrintable(due->text()));
    QVERIFY2(due->text().startsWith(QStringLiteral(
                     "The holdings of this customer falling due could not be read")),
             qPrintable(due->text()));
}

// Issue #15 item 10: signals ticked while the customer entered stay ticked when the moment
// changes to consulting, count for the suggestion, and are stored with the visit.
void tst_LobbyRoutes::changingTheMomentKeepsTheTicks()
{
    type(QStringLiteral("walkInDescription"), QStringLiteral("man of about 40 with a driver"));
    check(QStringLiteral("signal_companions"));
    check(QStringLiteral("moment_consulting"));
    QVERIFY(child<QRadioButton>(QStringLiteral("moment_consulting"))->isChecked());
    check(QStringLiteral("signal_states_amount"));
    const QStringList observed = m_workspace->walkInLog()->walkIn().observed;
    QVERIFY2(observed.contains(QStringLiteral("entering.companions"))
                     && observed.contains(QStringLiteral("consulting.states_amount")),
             qPrintable(observed.join(QLatin1Char(','))));
    // 1 (companions) + 2 (states an amount) = a potential VIP.
    QCOMPARE(m_workspace->walkInLog()->suggestedClass(), QStringLiteral("potential_vip"));
    // What was ticked at the other moment is in sight.
    QVERIFY2(child<QLabel>(QStringLiteral("walkInSignalsElsewhere"))->text().contains(
                     DomainTerms::label(Vocabulary::LobbySignal,
                                        QStringLiteral("entering.companions"))),
             "ticks of the other moment not shown");
    // Back to entering: the tick is still there.
    check(QStringLiteral("moment_entering"));
    QVERIFY(child<QCheckBox>(QStringLiteral("signal_companions"))->isChecked());
}

// Outside testing, issue 15 F8: a customer the counter had referred that morning came back to
// the NAV board; logged as a potential VIP, the lobby filed a second referral. Linked, the
// walk-in log names the open referral (manager, filed when, state); saving logs the visit and
// tells that referral, and the queue still holds one referral of hers.
void tst_LobbyRoutes::aCustomerWithAnOpenReferralIsNamedAndNotReferredAgain()
{
    const QString id = QStringLiteral("01907c2a-3333-7000-8000-00000000000b");
    QVERIFY(test::addCustomer(m_store, id, m_branch.branchId, QStringLiteral("C3101000000B"),
                              QStringLiteral("周回访"), QStringLiteral("110101197501010013"),
                              QStringLiteral("13800138011"), 6058789, QStringLiteral("silver"),
                              QString()));
    ReferralForm first = ReferralDesk(m_store, m_lobby).prefilled(CustomerId(id),
                                                                  QStringLiteral("teller"));
    first.referredTo = m_wealth.user.id;
    first.interest = QStringLiteral("80,000 cash deposit");
    first.estimated = Money::fromFen(8000000);
    const ReferralDesk::Result filed = ReferralDesk(m_store, m_lobby).file(first);
    QVERIFY2(filed.ok, qPrintable(filed.refusal));
    const auto referralsOfHers = [this, &id] {
        QSqlQuery q(m_store.database());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM referral WHERE customer_id = ?"));
        q.addBindValue(id);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    };
    QCOMPARE(referralsOfHers(), 1);
    m_workspace->refresh();
    const int queued = child<QTableView>(QStringLiteral("referralQueueView"))->model()->rowCount();

    WalkInLog *log = m_workspace->walkInLog();
    auto *open = child<QLabel>(QStringLiteral("walkInOpenReferral"));
    QVERIFY(open);
    QVERIFY(!open->isVisibleTo(m_workspace.get()));
    log->linkCustomer(CustomerId(id), QStringLiteral("周回访"));
    QVERIFY(open->isVisibleTo(m_workspace.get()));
    QVERIFY2(open->text().contains(m_wealth.user.displayName)
                     && open->text().contains(DomainTerms::label(Vocabulary::ReferralStatus,
                                                                 QStringLiteral("logged")))
                     && open->text().contains(QLocale().toString(
                             QDateTime::currentDateTime().date(), QLocale::ShortFormat)),
             qPrintable(open->text()));

    // Judged a potential VIP at the NAV board, no time: as the lobby would refer her.
    log->setMoment(QStringLiteral("waiting"));
    check(QStringLiteral("signal_reads_closely"));
    check(QStringLiteral("signal_rate_boards"));
    log->chooseClass(QStringLiteral("potential_vip"));
    if (child<QLineEdit>(QStringLiteral("walkInOverrideReason"))->isEnabled())
        type(QStringLiteral("walkInOverrideReason"), QStringLiteral("back at the NAV board"));
    check(QStringLiteral("routeNoTime"));
    type(QStringLiteral("routeInterest"), QStringLiteral("bond funds"));
    QTest::keyClick(child<QLineEdit>(QStringLiteral("routeInterest")), Qt::Key_Return,
                    Qt::ControlModifier);
    QVERIFY2(log->problemText().isEmpty(), qPrintable(log->problemText()));
    const QVariantMap visit = lastVisit();
    QCOMPARE(visit.value(QStringLiteral("value_class")).toString(), QStringLiteral("potential_vip"));
    QCOMPARE(referralsOfHers(), 1);
    QCOMPARE(child<QTableView>(QStringLiteral("referralQueueView"))->model()->rowCount(), queued);
    QSqlQuery told(m_store.database());
    told.prepare(QStringLiteral("SELECT COUNT(*) FROM referral_transition WHERE referral_id = ? "
                                "AND from_status = to_status AND staff_id = ?"));
    told.addBindValue(filed.id);
    told.addBindValue(m_lobby.user.id);
    QVERIFY(told.exec() && told.next());
    QCOMPARE(told.value(0).toInt(), 1);
    // Her manager reads it in the list: the queue row says she came back.
    const QAbstractItemModel *queue = child<QTableView>(QStringLiteral("referralQueueView"))->model();
    QStringList why;
    for (int row = 0; row < queue->rowCount(); ++row)
        if (queue->index(row, 0).data(Qt::UserRole).toString() == filed.id)
            why << queue->index(row, 8).data().toString();
    QCOMPARE(why.size(), 1);
    QVERIFY2(why.first().startsWith(QLatin1String("Seen again in the lobby")), qPrintable(why.first()));
    QVERIFY(!open->isVisibleTo(m_workspace.get())); // the log is cleared for the next walk-in
}

QTEST_MAIN(tst_LobbyRoutes)
#include "tst_lobby_routes.moc"
