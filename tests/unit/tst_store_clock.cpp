// The workstation's clock against the file's: a local stamp orders after every stamp
// another process stored in hlc_last, also when the clock is read once per transaction
// (issue 13: reading hlc_last for every stamp was a query more per recorded change).
#include "app/domain/HybridLogicalClock.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

namespace {
// This program, started again, is the other process (`branchdesk-admin sync` on the same
// file): it stores a stamp in hlc_last and exits.
const char kWriteFile[] = "TST_STORE_CLOCK_WRITE_FILE";
const char kWriteStamp[] = "TST_STORE_CLOCK_WRITE_STAMP";

int writeAsOtherProcess()
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("w"));
    db.setDatabaseName(qEnvironmentVariable(kWriteFile));
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return 2;
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO app_setting(key, value) VALUES ('hlc_last', ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(qEnvironmentVariable(kWriteStamp));
    return query.exec() ? 0 : 3;
}

// A stamp of another workstation whose clock is `aheadMs` ahead of this machine's.
HlcStamp ahead(qint64 aheadMs)
{
    return HlcStamp{QDateTime::currentMSecsSinceEpoch() + aheadMs, 7, QStringLiteral("ahead")};
}
} // namespace

class tst_StoreClock : public QObject
{
    Q_OBJECT

private slots:
    void stampFollowsWhatAnotherProcessStored();

private:
    bool storeFromOtherProcess(const QString &path, const HlcStamp &stamp);
};

bool tst_StoreClock::storeFromOtherProcess(const QString &path, const HlcStamp &stamp)
{
    QProcess other;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QString::fromLatin1(kWriteFile), path);
    environment.insert(QString::fromLatin1(kWriteStamp), stamp.toString());
    other.setProcessEnvironment(environment);
    other.start(QCoreApplication::applicationFilePath(), {});
    return other.waitForFinished(30000) && other.exitStatus() == QProcess::NormalExit
            && other.exitCode() == 0;
}

void tst_StoreClock::stampFollowsWhatAnotherProcessStored()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("desk.db"));
    Store store;
    QVERIFY(store.open(path));
    {
        // A transaction that stamps an edit: the file's clock is read in it.
        Transaction transaction(store.database());
        QVERIFY(!store.nextStamp().node.isEmpty());
        QVERIFY(transaction.commit());
    }
    // Between two transactions another process pulls a stamp an hour ahead.
    const HlcStamp hourAhead = ahead(3600 * 1000);
    QVERIFY(storeFromOtherProcess(path, hourAhead));
    {
        Transaction transaction(store.database());
        const HlcStamp first = store.nextStamp();
        QVERIFY2(hourAhead < first, qPrintable(first.toString()));
        const HlcStamp second = store.nextStamp(); // read once: still after it
        QVERIFY2(first < second, qPrintable(second.toString()));
        QVERIFY(transaction.commit());
    }
    // Outside any transaction, every stamp reads the file's clock.
    const HlcStamp twoHoursAhead = ahead(2 * 3600 * 1000);
    QVERIFY(storeFromOtherProcess(path, twoHoursAhead));
    const HlcStamp outside = store.nextStamp();
    QVERIFY2(twoHoursAhead < outside, qPrintable(outside.toString()));
    // A transaction rolled back ends the reading too.
    {
        Transaction transaction(store.database());
        (void)store.nextStamp();
        transaction.rollback();
    }
    const HlcStamp threeHoursAhead = ahead(3 * 3600 * 1000);
    QVERIFY(storeFromOtherProcess(path, threeHoursAhead));
    Transaction transaction(store.database());
    const HlcStamp afterRollback = store.nextStamp();
    QVERIFY2(threeHoursAhead < afterRollback, qPrintable(afterRollback.toString()));
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kWriteFile))
        return writeAsOtherProcess();
    tst_StoreClock test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_store_clock.moc"
