// Faults that lost data in real sync engines, caused for real: the server killed with
// SIGKILL in the middle of a push, and a workstation's sync process killed at random
// moments of a download. Afterwards nothing is lost and nothing is duplicated.
#include "../common/SyncServerFixture.h"

#include "app/domain/Uuid7.h"
#include "app/services/staff/UserAdministration.h"
#include "app/sync/SyncEngine.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/customers/CustomerRepository.h"
#include "database/sync/ChangeRecorder.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

using namespace bd;

namespace {
const QString kPassword = QStringLiteral("fault-pass-1");
constexpr int kCustomers = 6000;
} // namespace

class tst_SyncFaults : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void serverKilledMidPushLosesAndDuplicatesNothing();
    void workstationKilledMidDownloadRecovers();

private:
    QByteArray fingerprint(Store &store);
    int serverChangeCount();

    test::SyncServerFixture m_server;
    QTemporaryDir m_dir;
    Store m_a;
    QString m_branchId;
};

void tst_SyncFaults::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY(m_a.open(m_dir.filePath(QStringLiteral("a.db"))));
    m_branchId = Uuid7Generator::generate();
    QVERIFY(m_server.addBranch(m_branchId, QStringLiteral("310101")));
    QVERIFY(test::SyncServerFixture::addLocalBranch(m_a, m_branchId, QStringLiteral("310101")));
    QVERIFY(m_server.addAccount(QStringLiteral("wm"), m_branchId, StaffRole::WealthManager, kPassword));

    // Many customers made on A, each a change waiting to be pushed.
    Transaction transaction(m_a.database());
    QSqlQuery insert(m_a.database());
    insert.prepare(QStringLiteral("INSERT INTO customer(id, branch_id, cif_no, name, opened_on, "
                                  "created_at, updated_at) VALUES (?, ?, ?, ?, '2026-01-01', ?, ?)"));
    ChangeRecorder recorder(m_a);
    for (int i = 0; i < kCustomers; ++i) {
        const QString id = Uuid7Generator::generate();
        const QString cif = QStringLiteral("C%1").arg(i, 11, 10, QLatin1Char('0'));
        const QString name = QStringLiteral("客户%1").arg(i);
        for (const QVariant &v : {QVariant(id), QVariant(m_branchId), QVariant(cif), QVariant(name),
                                  QVariant(SqlTime::now()), QVariant(SqlTime::now())})
            insert.addBindValue(v);
        QVERIFY(insert.exec());
        QVERIFY(recorder.recordUpsert(QStringLiteral("customer"), id,
                                      {{QStringLiteral("branch_id"), m_branchId},
                                       {QStringLiteral("cif_no"), cif},
                                       {QStringLiteral("name"), name},
                                       {QStringLiteral("opened_on"), QStringLiteral("2026-01-01")}},
                                      0));
    }
    QVERIFY(transaction.commit());
}

int tst_SyncFaults::serverChangeCount()
{
    ServerStore store;
    if (!store.open(m_server.settings()))
        return -1;
    const auto changes = store.changeLog().after(BranchId(m_branchId), 0, 1000000);
    return changes ? int(changes->size()) : -1;
}

QByteArray tst_SyncFaults::fingerprint(Store &store)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery query(store.database());
    query.exec(QStringLiteral("SELECT id, cif_no, name, deleted FROM customer ORDER BY id"));
    while (query.next())
        hash.addData(QStringLiteral("%1|%2|%3|%4\n")
                             .arg(query.value(0).toString(), query.value(1).toString(),
                                  query.value(2).toString(), query.value(3).toString())
                             .toUtf8());
    return hash.result().toHex();
}

void tst_SyncFaults::serverKilledMidPushLosesAndDuplicatesNothing()
{
    // Small batches so that the push is many requests long, and the kill lands in one.
    auto pushing = QtConcurrent::run([this] {
        SyncEngine engine(m_a, m_server.url(), QStringLiteral("wm"), kPassword);
        engine.pushBatchSize = 25;
        return engine.syncOnce();
    });
    QTRY_VERIFY_WITH_TIMEOUT(serverChangeCount() > 0, 20000);
    m_server.killServer(); // SIGKILL: no goodbye, possibly mid-transaction
    const SyncEngine::Report interrupted = pushing.result();
    QVERIFY(!interrupted.ok);
    const int pendingAfterKill = ChangeRecorder::pendingCount(m_a);
    QVERIFY(pendingAfterKill > 0);
    QVERIFY(pendingAfterKill < kCustomers);

    QVERIFY2(m_server.startServer(), qPrintable(m_server.errorString()));
    SyncEngine engine(m_a, m_server.url(), QStringLiteral("wm"), kPassword);
    const SyncEngine::Report finished = engine.syncOnce();
    QVERIFY2(finished.ok, qPrintable(finished.error));
    QCOMPARE(ChangeRecorder::pendingCount(m_a), 0);
    // Every change is on the server exactly once, whatever the kill interrupted.
    QCOMPARE(serverChangeCount(), kCustomers);
}

void tst_SyncFaults::workstationKilledMidDownloadRecovers()
{
    // B downloads the branch with the admin CLI, killed at random moments, again and
    // again; the batch and the cursor are saved together or not at all.
    const QString pathB = m_dir.filePath(QStringLiteral("b.db"));
    {
        Store b;
        QVERIFY(b.open(pathB));
        QVERIFY(test::SyncServerFixture::addLocalBranch(b, m_branchId, QStringLiteral("310101")));
        QVERIFY(UserAdministration(b, nullptr).addUser(QStringLiteral("wm"), QStringLiteral("理财"),
                                                       StaffRole::WealthManager, kPassword, m_branchId));
    }
    QRandomGenerator random(77);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("BRANCHDESK_PASSWORD"), kPassword);
    const QStringList arguments{QStringLiteral("sync"), QStringLiteral("--db"), pathB,
                                QStringLiteral("--user"), QStringLiteral("wm"),
                                QStringLiteral("--server"), m_server.url().toString()};
    int killed = 0;
    for (int attempt = 0; attempt < 6; ++attempt) {
        QProcess sync;
        sync.setProcessEnvironment(environment);
        sync.start(QStringLiteral(BRANCHDESK_ADMIN_BINARY), arguments);
        QVERIFY(sync.waitForStarted());
        QTest::qWait(random.bounded(50, 400));
        if (sync.state() == QProcess::Running) {
            sync.kill();
            ++killed;
        }
        sync.waitForFinished();
    }
    QVERIFY2(killed > 0, "at least one download must have been interrupted");
    QProcess sync;
    sync.setProcessEnvironment(environment);
    sync.start(QStringLiteral(BRANCHDESK_ADMIN_BINARY), arguments);
    QVERIFY(sync.waitForFinished(120000));
    QCOMPARE(sync.exitCode(), 0);

    Store b;
    QVERIFY(b.open(pathB));
    QCOMPARE(fingerprint(b), fingerprint(m_a));
    QSqlQuery conflicts(b.database());
    QVERIFY(conflicts.exec(QStringLiteral("SELECT count(*) FROM sync_conflict")) && conflicts.next());
    QCOMPARE(conflicts.value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(tst_SyncFaults)
#include "tst_sync_faults.moc"
