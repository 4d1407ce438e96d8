// Outside testing, issue 15 F14: with no window manager on a 1366x768 screen the main window
// opened 1280x800, taller than the screen, and its bottom was cut off. On such a screen (the
// offscreen platform given one, see main()) every role's main window, a customer's 360 and the
// prep sheet open within the screen's available geometry, frame included, and a geometry
// saved on a larger screen is not restored while one that fits is.
#include "../common/DemoBranchFile.h"
#include "../common/DemoSignIn.h"
#include "../common/ResultAssert.h"
#include "app/demo/DemoBranchGenerator.h"
#include "app/services/staff/AuthService.h"
#include "database/core/Store.h"
#include "ui/calls/CallPrepSheetDialog.h"
#include "ui/customer360/Customer360View.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QFile>
#include <QScreen>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace bd;

namespace {
constexpr QSize kScreen(1366, 768);

// Where the window is, frame included, against where it may be; empty when it fits.
QString outside(const QWidget *window)
{
    const QRect room = window->screen()->availableGeometry();
    const QRect frame = window->frameGeometry();
    if (room.contains(frame))
        return {};
    return QStringLiteral("%1: frame %2,%3 %4x%5 on a screen of %6x%7")
            .arg(window->metaObject()->className())
            .arg(frame.x()).arg(frame.y()).arg(frame.width()).arg(frame.height())
            .arg(room.width()).arg(room.height());
}

void clearSavedWindows()
{
    QSettings settings;
    settings.remove(QStringLiteral("mainWindow"));
}
} // namespace

class tst_WindowFitsScreen : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void everyRolesMainWindowFits();
    void the360AndThePrepSheetFit();
    void aGeometrySavedOnALargerScreenIsNotRestored();
    void aGeometryThatFitsIsRestored();

private:
    Session signIn(const QString &role);
    QTemporaryDir m_dir;
    Store m_store;
};

void tst_WindowFitsScreen::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("BranchDesk"));
    QApplication::setApplicationName(QStringLiteral("branchdesk-test-window-fits"));
    QCOMPARE(QGuiApplication::primaryScreen()->size(), kScreen);
    QVERIFY_RESULT(test::openDemoBranch(m_store, m_dir.filePath(QStringLiteral("branch.db")), 200));
}

void tst_WindowFitsScreen::init()
{
    clearSavedWindows();
}

Session tst_WindowFitsScreen::signIn(const QString &role)
{
    return test::signInDemo(m_store, role);
}

void tst_WindowFitsScreen::everyRolesMainWindowFits()
{
    QStringList problems;
    for (const auto &account : DemoBranchGenerator::demoAccounts()) {
        clearSavedWindows(); // each opens as on a first start
        MainWindow window(m_store, signIn(account.role));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        if (const QString problem = outside(&window); !problem.isEmpty())
            problems << account.role + QStringLiteral(" ") + problem;
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void tst_WindowFitsScreen::the360AndThePrepSheetFit()
{
    const Session manager = signIn(QStringLiteral("wealth_manager"));
    QSqlQuery q(m_store.database());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM customer WHERE manager_id = '%1' AND deleted = 0 "
                                  "ORDER BY aum_fen DESC LIMIT 1").arg(manager.user.id)));
    QVERIFY(q.next());
    const CustomerId customer(q.value(0).toString());
    MainWindow window(m_store, manager);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Customer360View *view = window.openCustomer360(customer);
    QVERIFY(view);
    QVERIFY(QTest::qWaitForWindowExposed(view));
    QCOMPARE(outside(view), QString());
    CallPrepSheetDialog sheet(m_store, manager, customer, systemCallClock(), &window);
    sheet.show();
    QVERIFY(QTest::qWaitForWindowExposed(&sheet));
    QCOMPARE(outside(&sheet), QString());
}

// Saved on a 1920x1080 screen at 1600x1000, then opened on this one.
void tst_WindowFitsScreen::aGeometrySavedOnALargerScreenIsNotRestored()
{
    const Session head = signIn(QStringLiteral("branch_head"));
    {
        MainWindow window(m_store, head);
        window.setGeometry(QRect(QPoint(40, 30), QSize(1600, 1000)));
        QSettings().setValue(QStringLiteral("mainWindow/geometry"), window.saveGeometry());
    }
    MainWindow window(m_store, head);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(outside(&window), QString());
}

// A size the user chose that fits is kept: the fit does not undo it.
void tst_WindowFitsScreen::aGeometryThatFitsIsRestored()
{
    const Session head = signIn(QStringLiteral("branch_head"));
    const QRect chosen(QPoint(60, 40), QSize(1100, 640));
    {
        MainWindow window(m_store, head);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setGeometry(chosen);
        QSettings().setValue(QStringLiteral("mainWindow/geometry"), window.saveGeometry());
    }
    MainWindow window(m_store, head);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.geometry(), chosen);
    QCOMPARE(outside(&window), QString());
}

// The offscreen platform's screen is 800x600 unless a configuration file gives another:
// here one of 1366x768, the smallest laptop screen branches still have.
int main(int argc, char *argv[])
{
    QTemporaryDir configDir;
    const QString config = configDir.filePath(QStringLiteral("screen.json"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly))
        return 1;
    file.write(QStringLiteral("{\"screens\": [{\"name\": \"laptop\", \"x\": 0, \"y\": 0, "
                              "\"width\": %1, \"height\": %2, \"logicalDpi\": 96, "
                              "\"logicalBaseDpi\": 96, \"dpr\": 1}]}")
                       .arg(kScreen.width()).arg(kScreen.height()).toUtf8());
    file.close();
    qputenv("QT_QPA_PLATFORM", QByteArray("offscreen:configfile=") + QFile::encodeName(config));
    QApplication app(argc, argv);
    tst_WindowFitsScreen test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_window_fits_screen.moc"
