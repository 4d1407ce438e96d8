// The signed-in workstation: sign-in, one workspace per role with real data, sign-out,
// refusing foreign database files. Every model runs under QAbstractItemModelTester.
#include "app/demo/DemoBranchGenerator.h"
#include "../common/DemoBranchFile.h"
#include "../common/ResultAssert.h"
#include "StartedWorkstation.h"
#include "app/services/customers/CustomerService.h"
#include "app/services/staff/UserAdministration.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/search/Pinyin.h"
#include "database/staff/BranchRepository.h"
#include "ui/calls/BackgroundCarePlan.h"
#include "ui/calls/CallTaskModel.h"
#include "ui/common/CustomerSearchField.h"
#include "ui/dashboards/TierChart.h"
#include "ui/shell/BranchHeadWorkspace.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SignInDialog.h"
#include "ui/shell/StoreOpening.h"
#include "ui/shell/WealthManagerWorkspace.h"
#include "ui/shell/Workspace.h"
#include "ui/shell/Workstation.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <vector>

using namespace bd;

class tst_Workstation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void signInShowsTheRoleWorkspace_data();
    void signInShowsTheRoleWorkspace();
    void wrongPasswordStaysOnTheDialog();
    void signOutReturnsToSignIn();
    void signInPlansCareInTheBackground();
    void aPlanThatMakesNothingLeavesTheDeskAsRead();
    void customerSearchFindsMaskedCustomers();
    void realDatabaseHidesDemoAccounts();
    void foreignFilesAreRefusedUntouched_data();
    void foreignFilesAreRefusedUntouched();

private:
    DemoBranchGenerator::DemoAccount accountFor(const QString &role) const;
    void saveScreenshot(QWidget *window, const QString &name);

    QTemporaryDir m_dir;
    QString m_path;
};

void tst_Workstation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // window state goes to a test location
    QApplication::setOrganizationName(QStringLiteral("BranchDesk"));
    QApplication::setApplicationName(QStringLiteral("branchdesk"));
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("branch.db"));
    Store store;
    QVERIFY_RESULT(test::openDemoBranch(store, m_path, 300));
    QVERIFY(DemoBranchGenerator::isDemoDatabase(store));
}

DemoBranchGenerator::DemoAccount tst_Workstation::accountFor(const QString &role) const
{
    for (const auto &account : DemoBranchGenerator::demoAccounts()) {
        if (account.role == role)
            return account;
    }
    return {};
}

void tst_Workstation::saveScreenshot(QWidget *window, const QString &name)
{
    const QPixmap shot = window->grab();
    QVERIFY(!shot.isNull());
    QVERIFY(shot.save(m_dir.filePath(name)));
    const QString docs = qEnvironmentVariable("BRANCHDESK_SCREENSHOT_DIR");
    if (!docs.isEmpty()) {
        QDir().mkpath(docs);
        QVERIFY(shot.save(QDir(docs).filePath(name)));
    }
}

void tst_Workstation::signInShowsTheRoleWorkspace_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("workspace");
    QTest::addColumn<QStringList>("filledViews"); // the demo guarantees rows in these

    QTest::newRow("lobby manager") << "lobby_manager" << "lobbyWorkspace"
                                   << QStringList{"lobbyVisitsView", "referralQueueView"};
    QTest::newRow("teller") << "teller" << "tellerWorkspace"
                            << QStringList{"tellerSessionsView"};
    QTest::newRow("wealth manager") << "wealth_manager" << "wealthManagerWorkspace"
                                    << QStringList{"callTasksView", "customerBookView"};
    QTest::newRow("branch head") << "branch_head" << "branchHeadWorkspace"
                                 << QStringList{"staffFiguresView"};
    QTest::newRow("admin") << "admin" << "adminWorkspace"
                           << QStringList{"staffAccountsView", "auditEntriesView"};
}

void tst_Workstation::signInShowsTheRoleWorkspace()
{
    QFETCH(QString, role);
    QFETCH(QString, workspace);
    QFETCH(QStringList, filledViews);

    const auto account = accountFor(role);
    QVERIFY2(!account.username.isEmpty(), qPrintable(role));
    auto workstation = test::startWorkstation(m_path);
    QVERIFY(workstation);
    QVERIFY(workstation->signInDialog()->isVisible());
    QVERIFY(workstation->signInDialog()->showsDemoAccounts());

    MainWindow *window = test::signInToWindow(*workstation, account.username, account.password);
    QVERIFY2(window, qPrintable(workstation->signInDialog()->errorText()));
    QVERIFY(window->isVisible());
    QVERIFY(!workstation->signInDialog()->isVisible());
    QVERIFY(window->windowTitle().contains(window->session().branch.name));

    auto *shown = qobject_cast<Workspace *>(window->centralWidget());
    QVERIFY(shown);
    QCOMPARE(shown->objectName(), workspace);

    // Every model stays consistent through a refresh (which resets it).
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    for (QAbstractItemModel *model : shown->models()) {
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
                model, QAbstractItemModelTester::FailureReportingMode::QtTest));
    }
    QVERIFY(!testers.empty());
    window->refresh();
    QTRY_VERIFY(!shown->isLoading()); // figures of the larger desks load off the GUI thread

    for (const QString &viewName : filledViews) {
        auto *view = shown->findChild<QTableView *>(viewName);
        QVERIFY2(view, qPrintable(viewName));
        QVERIFY2(view->model()->rowCount() > 0, qPrintable(viewName + " is empty"));
        const QString first = view->model()->index(0, 0).data().toString()
                + view->model()->index(0, 1).data().toString();
        QVERIFY2(!first.isEmpty(), qPrintable(viewName));
    }
    if (auto *head = qobject_cast<BranchHeadWorkspace *>(shown))
        QCOMPARE(head->tierChart()->barCount(), 5);

    window->resize(1400, 860);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    saveScreenshot(window, QStringLiteral("workstation-%1.png").arg(role));
}

void tst_Workstation::wrongPasswordStaysOnTheDialog()
{
    auto workstation = test::startWorkstation(m_path);
    QVERIFY(workstation);
    const auto account = accountFor(QStringLiteral("teller"));
    QVERIFY(!test::signInToWindow(*workstation,
            account.username, QStringLiteral("not-the-password")));
    SignInDialog *dialog = workstation->signInDialog();
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->errorText().isEmpty());
    QVERIFY(!test::signInToWindow(*workstation,
            QStringLiteral("nobody"), QStringLiteral("whatever1")));
    QVERIFY(!dialog->errorText().isEmpty());

    // The right password still works afterwards.
    QVERIFY(test::signInToWindow(*workstation, account.username, account.password));
}

void tst_Workstation::signInPlansCareInTheBackground()
{
    const auto account = accountFor(QStringLiteral("wealth_manager"));
    const QString customerId = QStringLiteral("01907c2a-6666-7000-8000-000000000001");
    {
        // A customer opened today: the plan makes the welcome call due today.
        Store store;
        QVERIFY(store.open(m_path));
        QSqlQuery staff(store.database());
        staff.prepare(QStringLiteral("SELECT id, branch_id FROM staff_user WHERE username = ?"));
        staff.addBindValue(account.username);
        QVERIFY(staff.exec() && staff.next());
        // Raw SQL without personal data: the file's data key is locked before sign-in.
        QSqlQuery opened(store.database());
        opened.prepare(QStringLiteral(
                "INSERT INTO customer(id, branch_id, cif_no, name, manager_id, opened_on, created_at, "
                "updated_at) VALUES (?, ?, 'C3109999999', '新开户客户', ?, ?, ?, ?)"));
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        for (const QVariant &value : {QVariant(customerId), staff.value(1), staff.value(0),
                                      QVariant(QDate::currentDate().toString(Qt::ISODate)), QVariant(now),
                                      QVariant(now)})
            opened.addBindValue(value);
        QVERIFY2(opened.exec(), qPrintable(opened.lastError().text()));
    }
    auto workstation = test::startWorkstation(m_path);
    QVERIFY(workstation);
    QSignalSpy planned(workstation->carePlan(), &BackgroundCarePlan::finished);
    // What the manager's Today says while the plan reads the book (issue #15: ~19.5 s for a
    // 1M branch's largest book, in silence before): seen after the workstation took each word.
    QStringList linesSeen;
    connect(workstation->carePlan(), &BackgroundCarePlan::progressed, this, [&] {
        MainWindow *shown = workstation->mainWindow();
        auto *manager = shown ? qobject_cast<WealthManagerWorkspace *>(shown->workspace()) : nullptr;
        if (manager && manager->carePlanLine()->isVisibleTo(manager))
            linesSeen << manager->carePlanLine()->text();
    });
    MainWindow *window = test::signInToWindow(*workstation, account.username, account.password);
    QVERIFY(window && window->isVisible()); // shown at once, the plan runs behind it
    auto *workspace = qobject_cast<WealthManagerWorkspace *>(window->workspace());
    QVERIFY(workspace);
    const auto inToday = [workspace, customerId] {
        for (const CallTaskLine &line : workspace->today()->rows()) {
            if (line.care && line.customerId == CustomerId(customerId))
                return true;
        }
        return false;
    };
    QVERIFY(planned.count() == 1 || planned.wait(20000));
    const auto outcome = planned.first().first().value<BackgroundCarePlan::Outcome>();
    QVERIFY2(outcome.care.ok, qPrintable(outcome.care.problem));
    QVERIFY(outcome.care.welcome >= 1);
    QTRY_VERIFY(inToday()); // "Today" was refreshed when the plan was done
    qInfo() << "while the plan ran, Today said" << linesSeen;
    QVERIFY(!linesSeen.isEmpty());
    QCOMPARE(linesSeen.first(), WealthManagerWorkspace::tr("Preparing your care plan: %1 %").arg(0));
    QVERIFY(linesSeen.contains(WealthManagerWorkspace::tr("Preparing your care plan: %1 %").arg(100)));
    QVERIFY(!workspace->carePlanLine()->isVisibleTo(workspace)); // gone when done
}

void tst_Workstation::signOutReturnsToSignIn()
{
    auto workstation = test::startWorkstation(m_path);
    QVERIFY(workstation);
    const auto account = accountFor(QStringLiteral("wealth_manager"));
    QPointer<MainWindow> window =
            test::signInToWindow(*workstation, account.username, account.password);
    QVERIFY(window);
    QPointer<Workspace> shown = window->workspace();
    QVERIFY(shown);

    auto *signOut = window->findChild<QAction *>(QStringLiteral("signOutAction"));
    QVERIFY(signOut);
    signOut->trigger();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    QVERIFY(!workstation->mainWindow());
    QVERIFY(!window); // the window and its views are gone
    QVERIFY(!shown);
    SignInDialog *dialog = workstation->signInDialog();
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("userNameField"))->text().isEmpty());
    QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("passwordField"))->text().isEmpty());
    QVERIFY(dialog->errorText().isEmpty());
}

void tst_Workstation::aPlanThatMakesNothingLeavesTheDeskAsRead()
{
    // Issue #15: the manager's desk was read at sign-in and read again when the sign-in's
    // care plan was done, also when the plan had made nothing (at 1M customers a second read
    // of ~1.5 s on busy cores). Signed in again the same day, nothing has changed: the plan
    // is up to date and the desk is read once.
    auto workstation = test::startWorkstation(m_path);
    QVERIFY(workstation);
    const auto account = accountFor(QStringLiteral("wealth_manager"));
    QSignalSpy planned(workstation->carePlan(), &BackgroundCarePlan::finished);
    QVERIFY(test::signInToWindow(*workstation, account.username, account.password));
    QVERIFY(planned.count() == 1 || planned.wait(20000));
    emit workstation->mainWindow()->signOutRequested();
    QSignalSpy told(workstation->carePlan(), &BackgroundCarePlan::progressed);
    MainWindow *window = test::signInToWindow(*workstation, account.username, account.password);
    QVERIFY(window);
    auto *workspace = window->workspace();
    QVERIFY(planned.count() == 2 || planned.wait(20000));
    const auto outcome = planned.last().first().value<BackgroundCarePlan::Outcome>();
    QVERIFY2(outcome.care.ok, qPrintable(outcome.care.problem));
    QVERIFY(outcome.care.upToDate);
    QCOMPARE(told.count(), 0); // no "Preparing your care plan" line for a plan that reads nothing
    QTRY_VERIFY(!workspace->isLoading());
    QCOMPARE(workspace->loadsBegun(), quint64(1)); // before: 2, the desk read again
}

void tst_Workstation::customerSearchFindsMaskedCustomers()
{
    auto workstation = test::startWorkstation(m_path);
    QVERIFY(workstation);
    const auto account = accountFor(QStringLiteral("wealth_manager"));
    MainWindow *window = test::signInToWindow(*workstation, account.username, account.password);
    QVERIFY(window);
    auto *book = window->workspace()->findChild<QTableView *>(QStringLiteral("customerBookView"));
    QVERIFY(book);
    QTRY_VERIFY(book->model()->rowCount() > 0); // the book is read off the GUI thread
    const QString name = book->model()->index(0, 0).data().toString();
    const QString maskedPhone = book->model()->index(0, 1).data().toString();
    QVERIFY(maskedPhone.contains(QLatin1Char('*')));

    auto *search = window->findChild<CustomerSearchField *>();
    QVERIFY(search);
    // Staff type the pinyin of the name, as on any Chinese keyboard.
    const QString typed = Pinyin::forName(name).full.value(0);
    QVERIFY(!typed.isEmpty());
    QTest::keyClicks(search, typed);
    search->search(); // skip the typing pause rather than wait for it
    // The field shows what the service finds, masked, at most kMaxResults.
    const QList<CustomerSummary> found = *CustomerService(workstation->store(), window->session())
                                                  .find(typed, CustomerSearchField::kMaxResults);
    QCOMPARE(search->resultCount(), int(found.size()));
    QVERIFY(search->resultCount() > 0);
    QVERIFY(std::any_of(found.cbegin(), found.cend(),
                        [&](const CustomerSummary &c) { return c.name == name; }));
}

void tst_Workstation::realDatabaseHidesDemoAccounts()
{
    const QString path = m_dir.filePath(QStringLiteral("real.db"));
    Store store;
    QVERIFY(store.open(path));
    Branch branch{{}, QStringLiteral("310115"), QStringLiteral("Pudong Branch"), {}, {}};
    {
        Transaction transaction(store.database());
        QVERIFY(BranchRepository(store).insert(branch));
        QVERIFY(transaction.commit());
    }
    QVERIFY(UserAdministration(store, nullptr)
                    .addUser(QStringLiteral("li.na"), QStringLiteral("Li Na"), StaffRole::Teller,
                             QStringLiteral("counter-2026"), branch.id));
    SignInDialog dialog(store);
    dialog.show();
    QVERIFY(!dialog.showsDemoAccounts());
}

void tst_Workstation::foreignFilesAreRefusedUntouched_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<bool>("sqlite");
    QTest::newRow("text file") << "notes.txt" << false;
    QTest::newRow("someone else's SQLite file") << "other.sqlite" << true;
}

void tst_Workstation::foreignFilesAreRefusedUntouched()
{
    QFETCH(QString, fileName);
    QFETCH(bool, sqlite);
    const QString path = m_dir.filePath(fileName);
    if (sqlite) {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                        QStringLiteral("foreign"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE recipe(name TEXT)")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("shopping list: rice, tea, eggs\n");
    }
    QFile before(path);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray digest = QCryptographicHash::hash(before.readAll(), QCryptographicHash::Sha256);
    before.close();

    const StoreOpening opening = openWorkstationStore(path);
    QVERIFY(!opening.ok());
    QVERIFY(!opening.error.isEmpty());

    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(QCryptographicHash::hash(after.readAll(), QCryptographicHash::Sha256), digest);
}

QTEST_MAIN(tst_Workstation)
#include "tst_workstation.moc"
