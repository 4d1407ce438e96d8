// From "who should we work on" to "who do I call now", through the real workspaces on a
// generated demo branch: the branch head picks the "maturing funds" preset in the segment
// builder, turns the result into a call list for a wealth manager in the call-list dialog,
// and the manager finds the list in "Today", logs a refusal and sees the day re-ranked.
#include "app/demo/DemoBranchGenerator.h"
#include "../common/DemoBranchFile.h"
#include "../common/ResultAssert.h"
#include "app/services/staff/AuthService.h"
#include "database/core/Store.h"
#include "ui/calls/CallListDialog.h"
#include "ui/calls/CallListsView.h"
#include "ui/calls/CallOutcomeDialog.h"
#include "ui/calls/CallTaskModel.h"
#include "ui/segments/SegmentResultModel.h"
#include "ui/segments/SegmentWorkbench.h"
#include "ui/shell/BranchHeadWorkspace.h"
#include "ui/shell/WealthManagerWorkspace.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace bd;

class tst_BranchHeadFlow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void presetSegmentBecomesACallListThatOutcomesRerank();

private:
    Session signIn(const QString &username);
    static void clickTab(QTabWidget *tabs, QWidget *page);
    void fillCallListDialog();

    QTemporaryDir m_dir;
    Store m_store;
    QString m_listName = QStringLiteral("Maturing this month");
    QString m_wealthName;
    bool m_dialogDone = false;
};

void tst_BranchHeadFlow::initTestCase()
{
    QVERIFY_RESULT(test::openDemoBranch(m_store, m_dir.filePath(QStringLiteral("flow.db")), 600));
    QSqlQuery name(m_store.database());
    QVERIFY(name.exec(QStringLiteral("SELECT display_name FROM staff_user WHERE username = 'wealth'")));
    QVERIFY(name.next());
    m_wealthName = name.value(0).toString();
}

Session tst_BranchHeadFlow::signIn(const QString &username)
{
    const AuthService::Result result =
            AuthService(m_store).signIn(username, username + QStringLiteral("-demo"));
    if (!result.session)
        qFatal("cannot sign in as %s: %s", qPrintable(username), qPrintable(result.message));
    return *result.session;
}

void tst_BranchHeadFlow::clickTab(QTabWidget *tabs, QWidget *page)
{
    QTabBar *bar = tabs->tabBar();
    QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(tabs->indexOf(page)).center());
    QCOMPARE(tabs->currentWidget(), page);
}

// The call-list dialog is modal: it is filled in from inside its own event loop.
void tst_BranchHeadFlow::fillCallListDialog()
{
    auto *dialog = qobject_cast<CallListDialog *>(QApplication::activeModalWidget());
    if (!dialog) {
        QTimer::singleShot(50, this, &tst_BranchHeadFlow::fillCallListDialog);
        return;
    }
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("listNameEdit"));
    name->clear();
    QTest::keyClicks(name, m_listName);
    auto *managers = dialog->findChild<QListWidget *>(QStringLiteral("managersList"));
    managers->setFocus();
    for (int row = 0; row < managers->count(); ++row) {
        if (managers->item(row)->text().contains(m_wealthName)) {
            managers->setCurrentRow(row);
            QTest::keyClick(managers, Qt::Key_Space);
        }
    }
    // The preview and the hand-out run off the GUI thread: Create waits for the preview, and
    // the dialog closes itself once the list is made.
    QTRY_VERIFY(!dialog->isPreviewing());
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("createListButton")),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isHandingOut(), 30000);
    m_dialogDone = true;
    if (dialog->isVisible()) // refused: leave the loop so the test can report it
        dialog->reject();
}

void tst_BranchHeadFlow::presetSegmentBecomesACallListThatOutcomesRerank()
{
    // The branch head: preset -> live count -> call list.
    BranchHeadWorkspace head(m_store, signIn(QStringLiteral("head")));
    head.resize(1400, 900);
    head.show();
    QVERIFY(QTest::qWaitForWindowExposed(&head));
    clickTab(head.tabs(), head.segments());

    SegmentWorkbench *workbench = head.segments();
    QSignalSpy counted(workbench, &SegmentWorkbench::countChanged);
    auto *presets = workbench->findChild<QComboBox *>(QStringLiteral("segmentPreset"));
    presets->setFocus();
    while (presets->currentData().toString() != QLatin1String("maturing_takeover")
           && presets->currentIndex() < presets->count() - 1)
        QTest::keyClick(presets, Qt::Key_Down);
    QCOMPARE(presets->currentData().toString(), QStringLiteral("maturing_takeover"));
    QTRY_VERIFY_WITH_TIMEOUT(!counted.isEmpty() && counted.last().at(0).toLongLong() > 0, 30000);
    const qint64 inSegment = counted.last().at(0).toLongLong();
    // The customers come on their own run after the count: the call list is made of them.
    QTRY_COMPARE_WITH_TIMEOUT(workbench->resultModel()->rowCount(), int(inSegment), 30000);

    QSignalSpy requested(workbench, &SegmentWorkbench::callListRequested);
    QTimer::singleShot(0, this, &tst_BranchHeadFlow::fillCallListDialog);
    auto *make = workbench->findChild<QPushButton *>(QStringLiteral("makeCallList"));
    QVERIFY(make && make->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(make->isEnabled(), 30000);
    QTest::mouseClick(make, Qt::LeftButton);
    QVERIFY(m_dialogDone);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().at(1).toStringList().size(), inSegment);
    // The new list is shown with its batch figures.
    QCOMPARE(head.tabs()->currentWidget(), head.callLists());
    QTableView *lists = head.callLists()->findChild<QTableView *>(QStringLiteral("callListsTable"));
    bool listed = false;
    for (int row = 0; row < lists->model()->rowCount(); ++row)
        listed = listed || lists->model()->index(row, 0).data().toString() == m_listName;
    QVERIFY(listed);

    // The manager: the list's customers are in "Today"; a refusal takes one out.
    WealthManagerWorkspace manager(m_store, signIn(QStringLiteral("wealth")));
    // Calls are logged at ten in the morning, whatever the hour the test runs: quiet hours
    // would otherwise refuse them at night.
    const QDateTime morning(QDate::currentDate(), QTime(10, 0));
    manager.setClock([morning] { return morning.toUTC(); });
    manager.resize(1400, 900);
    manager.show();
    QVERIFY(QTest::qWaitForWindowExposed(&manager));
    QTRY_VERIFY(!manager.isLoading()); // the day is read off the GUI thread
    auto rowsOfList = [&] {
        QStringList ids;
        for (const CallTaskLine &line : manager.today()->rows())
            if (line.listName == m_listName)
                ids << line.customerId.toString();
        return ids;
    };
    const QStringList before = rowsOfList();
    QVERIFY(!before.isEmpty());
    const QString first = before.first();
    QTableView *today = manager.todayView();
    int row = 0;
    // The same customer may also have a care task on the day: take the call-list row.
    while (manager.today()->rows().at(row).customerId.toString() != first
           || manager.today()->rows().at(row).listName != m_listName)
        ++row;
    today->setFocus();
    today->setCurrentIndex(today->model()->index(row, CallTaskModel::Customer));
    QTest::mouseClick(manager.findChild<QPushButton *>(QStringLiteral("logOutcomeButton")),
                      Qt::LeftButton);
    CallOutcomeDialog *dialog = nullptr;
    for (CallOutcomeDialog *open : manager.findChildren<CallOutcomeDialog *>())
        if (open->isVisible())
            dialog = open;
    QVERIFY(dialog);
    auto *outcome = dialog->findChild<QComboBox *>(QStringLiteral("outcomeBox"));
    outcome->setFocus();
    while (outcome->currentData().toString() != QLatin1String("refused")
           && outcome->currentIndex() < outcome->count() - 1)
        QTest::keyClick(outcome, Qt::Key_Down);
    QCOMPARE(outcome->currentData().toString(), QStringLiteral("refused"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveOutcomeButton")),
                      Qt::LeftButton);
    QVERIFY(!dialog->isVisible());
    QTRY_VERIFY(!manager.isLoading()); // re-ranked off the GUI thread
    const QStringList after = rowsOfList();
    QSqlQuery task(m_store.database());
    task.prepare(QStringLiteral("SELECT t.status, t.outcome FROM call_task t JOIN call_list l "
                                "ON l.id = t.call_list_id WHERE l.name = ? AND t.customer_id = ?"));
    task.addBindValue(m_listName);
    task.addBindValue(first);
    QVERIFY(task.exec() && task.next());
    QCOMPARE(task.value(1).toString(), QStringLiteral("refused"));
    QVERIFY2(!after.contains(first), qPrintable(task.value(0).toString()));
    QCOMPARE(after.size(), before.size() - 1);
}

QTEST_MAIN(tst_BranchHeadFlow)
#include "tst_branch_head_flow.moc"
