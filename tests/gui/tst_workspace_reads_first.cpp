// Issue #17, event -> Today: a workspace shows the quick part of a refresh (the wealth
// manager's opportunities, Workspace::loadFirst) before the slow rest (the ranking of the
// book, seconds at a branch of 1,000,000) is read, and never behind a slow read an earlier
// refresh still runs (a sync round's refresh while the last one's ranking is being read, or
// the sign-in's care plan's). A workspace whose slow read waits at a gate the test opens.
#include "../common/ResultAssert.h"
#include "database/core/Store.h"
#include "ui/shell/Workspace.h"

#include <QSemaphore>
#include <QTemporaryDir>
#include <QtTest>

using namespace bd;

namespace {
class GatedWorkspace : public Workspace
{
public:
    using Workspace::Workspace;
    ~GatedWorkspace() override { gate.release(100); } // no read left waiting at the gate

    void refresh() override
    {
        const int number = ++refreshes;
        loadFirst<int>([number] { return number; }, [this](int shown) { firsts << shown; });
        load<int>([this, number] {
            gate.acquire();
            return number;
        }, [this](int shown) { rests << shown; });
    }

    QSemaphore gate;
    int refreshes = 0;
    QList<int> firsts; // the refreshes whose quick part was shown, in order
    QList<int> rests;  // ... whose slow rest was shown
};
} // namespace

class tst_WorkspaceReadsFirst : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theQuickPartIsShownWhileTheRestIsRead();
    void theQuickPartDoesNotWaitForAnEarlierSlowRead();
    void aSupersededRefreshShowsNothing();

private:
    QTemporaryDir m_dir;
    Store m_store;
};

void tst_WorkspaceReadsFirst::initTestCase()
{
    QVERIFY_RESULT(m_store.open(m_dir.filePath(QStringLiteral("desk.db"))));
}

void tst_WorkspaceReadsFirst::theQuickPartIsShownWhileTheRestIsRead()
{
    GatedWorkspace workspace(m_store, Session{});
    workspace.refresh();
    QVERIFY(workspace.isLoading());
    QTRY_COMPARE(workspace.firsts, QList<int>{1});
    QVERIFY(workspace.rests.isEmpty());
    QVERIFY(workspace.isLoading()); // the rest is still coming
    QSignalSpy loaded(&workspace, &Workspace::loaded);
    workspace.gate.release();
    QTRY_COMPARE(workspace.rests, QList<int>{1});
    QCOMPARE(loaded.count(), 1);
    QVERIFY(!workspace.isLoading());
}

void tst_WorkspaceReadsFirst::theQuickPartDoesNotWaitForAnEarlierSlowRead()
{
    GatedWorkspace workspace(m_store, Session{});
    workspace.refresh();
    QTRY_COMPARE(workspace.firsts, QList<int>{1});
    // The first refresh's slow read is held at the gate; a second refresh (the next sync
    // round's) has its quick part on screen meanwhile, not after that read.
    workspace.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(workspace.firsts, (QList<int>{1, 2}), 3000);
    QVERIFY(workspace.rests.isEmpty());
    workspace.gate.release(2);
    QTRY_COMPARE(workspace.rests, QList<int>{2}); // the first one's rest is superseded
    QVERIFY(!workspace.isLoading());
}

void tst_WorkspaceReadsFirst::aSupersededRefreshShowsNothing()
{
    GatedWorkspace workspace(m_store, Session{});
    workspace.gate.release(2);
    workspace.refresh();
    workspace.refresh(); // before anything of the first was shown
    // The two parts come back on two threads, in either order; the quick parts in the order
    // asked, so once the second one is shown the first can no longer be.
    QTRY_COMPARE(workspace.rests, QList<int>{2});
    QTRY_COMPARE(workspace.firsts, QList<int>{2});
    QVERIFY(!workspace.isLoading());
}

QTEST_MAIN(tst_WorkspaceReadsFirst)
#include "tst_workspace_reads_first.moc"
