// Issue #15 item 20: after the password check the wealth manager's and the branch head's
// window is there at once, its figures marked as coming, and they fill in with the branch's
// numbers without the window being held up meanwhile. Signed in through the real dialog of
// a real Workstation on a demo branch file; bench_sign_in has the times at branch size.
#include "../common/DemoBranchFile.h"
#include "../common/ResultAssert.h"
#include "SignInTyping.h"
#include "app/demo/DemoBranchGenerator.h"
#include "database/core/Store.h"
#include "ui/common/FigureTile.h"
#include "ui/shell/MainWindow.h"
#include "ui/shell/SignInDialog.h"
#include "ui/shell/StoreOpening.h"
#include "ui/shell/Workspace.h"
#include "ui/shell/Workstation.h"

#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace bd;

class tst_SignInFillsIn : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void figuresFillInAfterTheWindowShows_data();
    void figuresFillInAfterTheWindowShows();

private:
    qint64 count(const QString &sql, const QString &value);

    QTemporaryDir m_dir;
    QString m_path;
};

void tst_SignInFillsIn::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_path = m_dir.filePath(QStringLiteral("branch.db"));
    Store store;
    QVERIFY_RESULT(test::openDemoBranch(store, m_path, 600));
}

qint64 tst_SignInFillsIn::count(const QString &sql, const QString &value)
{
    Store store;
    if (!store.open(m_path))
        return -1;
    QSqlQuery query(store.database());
    query.prepare(sql);
    query.addBindValue(value);
    return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
}

void tst_SignInFillsIn::figuresFillInAfterTheWindowShows_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("caption"); // of the tile with the customer count
    QTest::newRow("wealth manager") << QStringLiteral("wealth_manager") << QStringLiteral("My customers");
    QTest::newRow("branch head") << QStringLiteral("branch_head") << QStringLiteral("Customers");
}

void tst_SignInFillsIn::figuresFillInAfterTheWindowShows()
{
    QFETCH(QString, role);
    QFETCH(QString, caption);
    DemoBranchGenerator::DemoAccount account;
    for (const auto &demo : DemoBranchGenerator::demoAccounts()) {
        if (demo.role == role && account.username.isEmpty())
            account = demo;
    }
    StoreOpening opening = openWorkstationStore(m_path);
    QVERIFY2(opening.ok(), qPrintable(opening.error));
    Workstation workstation(std::move(opening.store));
    workstation.start();
    QVERIFY(test::typeSignIn(workstation.signInDialog(), account.username, account.password));

    // At once: the window, its figures marked as still coming (nothing has been read on the GUI
    // thread, whose queue has not run since).
    MainWindow *window = workstation.mainWindow();
    QVERIFY(window && window->isVisible());
    Workspace *desk = window->workspace();
    QVERIFY(desk->property("loading").toBool());
    const FigureTile *customerTile = nullptr;
    for (const FigureTile *tile : desk->findChildren<FigureTile *>()) {
        for (const QLabel *label : tile->findChildren<QLabel *>())
            if (label->text() == caption)
                customerTile = tile;
    }
    QVERIFY(customerTile);
    QCOMPARE(customerTile->value(), QStringLiteral("–")); // FigureTile's "no figure yet"

    // Then the branch's numbers.
    QTRY_VERIFY_WITH_TIMEOUT(!desk->property("loading").toBool(), 30000);
    const Session &session = window->session();
    const qint64 customers = role == QLatin1String("branch_head")
            ? count(QStringLiteral("SELECT COUNT(*) FROM customer WHERE branch_id = ? AND deleted = 0"),
                    session.branch.id)
            : count(QStringLiteral("SELECT COUNT(*) FROM customer WHERE manager_id = ? AND deleted = 0"),
                    session.user.id);
    QVERIFY(customers > 0);
    QCOMPARE(customerTile->value(), role == QLatin1String("branch_head")
                                            ? QLocale().toString(customers)
                                            : QString::number(customers));
    workstation.signOut();
}

QTEST_MAIN(tst_SignInFillsIn)
#include "tst_sign_in_fills_in.moc"
