// Issue #15 item 20, the panels the desks hold: the wealth manager's referral inbox, the
// product shelf and the segment workbench read what they show off the GUI thread, as the
// workspaces' figures do (tst_sign_in_fills_in). Made on a demo branch file, each is there at
// once with nothing read yet (the GUI thread's queue has not run since: a read on the GUI
// thread would have filled it already), says it is loading, and then shows the branch's rows.
// The inbox keeps the highlighted referral when it is read again (a sync round's refresh).
#include "../common/DemoBranchFile.h"
#include "../common/ResultAssert.h"
#include "app/demo/DemoBranchGenerator.h"
#include "app/services/staff/AuthService.h"
#include "database/core/Store.h"
#include "ui/branchfloor/ReferralInbox.h"
#include "ui/branchfloor/ReferralQueueModel.h"
#include "ui/segments/SegmentWorkbench.h"
#include "ui/suitability/ProductShelfView.h"

#include <QComboBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace bd;

class tst_PanelsReadInBackground : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void referralInbox();
    void referralInboxKeepsItsSelectionAcrossARefresh();
    void productShelf();
    void segmentWorkbenchFirstLoad();

private:
    Session signIn(const QString &username);
    qint64 count(const QString &sql, const QString &value);

    QTemporaryDir m_dir;
    Store m_store;
};

void tst_PanelsReadInBackground::initTestCase()
{
    QVERIFY_RESULT(test::openDemoBranch(m_store, m_dir.filePath(QStringLiteral("branch.db")), 400));
}

Session tst_PanelsReadInBackground::signIn(const QString &username)
{
    const AuthService::Result result =
            AuthService(m_store).signIn(username, username + QStringLiteral("-demo"));
    if (!result.session)
        qFatal("cannot sign in as %s: %s", qPrintable(username), qPrintable(result.message));
    return *result.session;
}

qint64 tst_PanelsReadInBackground::count(const QString &sql, const QString &value)
{
    QSqlQuery query(m_store.database());
    query.prepare(sql);
    query.addBindValue(value);
    return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
}

void tst_PanelsReadInBackground::referralInbox()
{
    const Session wealth = signIn(QStringLiteral("wealth"));
    const qint64 waiting = count(QStringLiteral(
            "SELECT COUNT(*) FROM referral WHERE referred_to = ? AND deleted = 0 "
            "AND status IN ('logged', 'accepted', 'contacted', 'met')"), wealth.user.id);
    QVERIFY(waiting > 0);
    ReferralInbox inbox(m_store, wealth);
    QVERIFY(inbox.isLoading());
    QCOMPARE(inbox.model()->rowCount(), 0);
    QSignalSpy loaded(&inbox, &ReferralInbox::loaded);
    inbox.show();
    QVERIFY(QTest::qWaitForWindowExposed(&inbox));
    QTRY_VERIFY_WITH_TIMEOUT(!inbox.isLoading(), 10000);
    QCOMPARE(loaded.count(), 1);
    QVERIFY(inbox.model()->rowCount() >= waiting); // escalated ones from colleagues too
}

// Issue #15: after a background sync round (which reads the inbox again) the highlighted
// referral was lost; it stays highlighted, found by its id, with its actions enabled.
void tst_PanelsReadInBackground::referralInboxKeepsItsSelectionAcrossARefresh()
{
    const Session wealth = signIn(QStringLiteral("wealth"));
    ReferralInbox inbox(m_store, wealth);
    inbox.show();
    QVERIFY(QTest::qWaitForWindowExposed(&inbox));
    QTRY_VERIFY_WITH_TIMEOUT(!inbox.isLoading(), 10000);
    QVERIFY(inbox.model()->rowCount() >= 3);
    auto *view = inbox.findChild<QTableView *>(QStringLiteral("referralInboxView"));
    QVERIFY(view);
    // The manager highlights the third referral by keyboard, as at the desk.
    view->setFocus();
    view->selectRow(0);
    QTest::keyClick(view, Qt::Key_Down);
    QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
    const QModelIndex picked = view->selectionModel()->selectedRows().first();
    QCOMPARE(picked.row(), 2);
    const QString referralId = picked.data(Qt::UserRole).toString();
    QVERIFY(!referralId.isEmpty());
    auto *contacted = inbox.findChild<QPushButton *>(QStringLiteral("inbox_contacted"));
    QVERIFY(contacted);
    const bool contactedEnabled = contacted->isEnabled();

    QSignalSpy loaded(&inbox, &ReferralInbox::loaded);
    inbox.refresh(); // what the workspace does after a sync round that pulled
    QTRY_VERIFY_WITH_TIMEOUT(loaded.count() == 1 && !inbox.isLoading(), 10000);
    const QModelIndexList selected = view->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data(Qt::UserRole).toString(), referralId);
    QCOMPARE(view->currentIndex().row(), selected.first().row()); // the keyboard goes on from it
    QCOMPARE(contacted->isEnabled(), contactedEnabled);
}

void tst_PanelsReadInBackground::productShelf()
{
    ProductShelfView view(m_store, signIn(QStringLiteral("head")));
    QVERIFY(view.isLoading());
    QCOMPARE(view.productCount(), 0);
    // The rest days are not saved before they are read.
    QVERIFY(!view.findChild<QPushButton *>(QStringLiteral("saveRestDays"))->isEnabled());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_VERIFY_WITH_TIMEOUT(!view.isLoading(), 10000);
    QVERIFY(view.productCount() >= 30); // the shelf built into BranchDesk
    QVERIFY(!view.sourceText().isEmpty());
    QVERIFY(view.findChild<QPushButton *>(QStringLiteral("saveRestDays"))->isEnabled());
}

void tst_PanelsReadInBackground::segmentWorkbenchFirstLoad()
{
    const Session head = signIn(QStringLiteral("head"));
    const qint64 saved = count(QStringLiteral(
            "SELECT COUNT(*) FROM segment WHERE branch_id = ? AND deleted = 0"), head.branch.id);
    QVERIFY(saved > 0);
    SegmentWorkbench workbench(m_store, head);
    auto *savedList = workbench.findChild<QComboBox *>(QStringLiteral("savedSegments"));
    QVERIFY(workbench.isLoading());
    QCOMPARE(savedList->count(), 1); // "Saved segments..." only
    QSignalSpy loaded(&workbench, &SegmentWorkbench::loaded);
    workbench.show();
    QVERIFY(QTest::qWaitForWindowExposed(&workbench));
    QTRY_VERIFY_WITH_TIMEOUT(!workbench.isLoading(), 10000);
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(savedList->count(), 1 + saved);
}

QTEST_MAIN(tst_PanelsReadInBackground)
#include "tst_panels_read_in_background.moc"
