// Issue 13, defect 9: the workstation's database file is SQLite's alone. SQLite's POSIX locks
// belong to the process, so any open()/close() of the live file outside SQLite drops them;
// another process (here branchdesk-admin stats) then takes itself for the last user and
// deletes the write-ahead log the running workstation still writes to. Each path that looks
// at a file that may be the live one is exercised with the workstation's Store open and
// its log un-checkpointed, then another process opens and closes the file.
#include "database/core/Store.h"
#include "database/core/StoreInspection.h"
#include "ui/common/FileChoice.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace bd;

namespace {
int kept(Store &store)
{
    QSqlQuery query(store.database());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM app_setting WHERE key LIKE 'live_%'"))
        || !query.next())
        return -1;
    return query.value(0).toInt();
}
} // namespace

class tst_LiveDatabaseFile : public QObject
{
    Q_OBJECT

private slots:
    void anotherProcessLeavesTheLogAlone_data();
    void anotherProcessLeavesTheLogAlone();
};

void tst_LiveDatabaseFile::anotherProcessLeavesTheLogAlone_data()
{
    QTest::addColumn<std::function<void(const QString &)>>("look");
    QTest::newRow("the header check before opening")
            << std::function<void(const QString &)>([](const QString &path) {
                   QCOMPARE(StoreInspection::inspect(path, Store::latestSchemaVersion()).verdict,
                            StoreInspection::Verdict::Ours);
               });
    // What the sync worker and the enrolment's blank check do: a second Store on the file.
    QTest::newRow("a second Store of this process")
            << std::function<void(const QString &)>([](const QString &path) {
                   Store second;
                   QVERIFY(second.open(path));
                   second.close();
               });
    // Every file dialog of the desk (FileChoice), showing the database's folder (where a
    // PDF or CSV is saved, where a database is picked), must not read files to pick icons.
    QTest::newRow("a file dialog showing its folder")
            << std::function<void(const QString &)>([](const QString &path) {
                   QFileDialog dialog(nullptr, QString(), QFileInfo(path).absolutePath());
                   FileChoice::configure(dialog);
                   dialog.show();
                   QTest::qWait(1500);
                   dialog.close();
               });
}

void tst_LiveDatabaseFile::anotherProcessLeavesTheLogAlone()
{
    QFETCH(std::function<void(const QString &)>, look);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("desk.db"));
    Store store;
    QVERIFY(store.open(path));
    QSqlQuery pragma(store.database());
    // The work stays in the log, as between two checkpoints of a busy desk.
    QVERIFY(pragma.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0")));
    for (int i = 0; i < 5; ++i)
        QVERIFY(store.setSetting(QStringLiteral("live_%1").arg(i), QStringLiteral("kept")));
    QVERIFY(QFile::exists(path + QStringLiteral("-wal")));

    look(path);
    if (QTest::currentTestFailed())
        return;

    QProcess stats;
    stats.start(QStringLiteral(BRANCHDESK_ADMIN_BINARY),
                {QStringLiteral("stats"), QStringLiteral("--db"), path});
    QVERIFY(stats.waitForFinished(60000));
    QVERIFY2(stats.exitCode() == 0, stats.readAllStandardError().constData());

    QVERIFY2(QFile::exists(path + QStringLiteral("-wal")),
             "the other process deleted the running workstation's write-ahead log");
    QVERIFY(QFile::exists(path + QStringLiteral("-shm")));
    // The workstation goes on working, and everything it committed is in the file after.
    QVERIFY(store.setSetting(QStringLiteral("live_after"), QStringLiteral("kept")));
    QCOMPARE(kept(store), 6);
    store.close();
    Store reopened;
    QVERIFY(reopened.open(path));
    QCOMPARE(kept(reopened), 6);
}

QTEST_MAIN(tst_LiveDatabaseFile)
#include "tst_live_database_file.moc"
