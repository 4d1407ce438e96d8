// The workstation's sync client in-process against a fake server (tests/common/
// FakeSyncServer), which can fail any request: what a round does when an answer is lost,
// the server fails or is slow, an answer is cut short, a change cannot be applied, the
// audit upload fails or the server comes back with a new epoch; which requests it sends
// again within the round, after what pause, and that nothing is stored twice by it. The
// real server is exercised beside it by tst_sync_engine, tst_sync_server and the other
// integration tests.
//
// Long file: one test program per unit (the sync client), its cases sharing one fake server
// and one way to make workstations.
#include "../common/FakeSyncServer.h"
#include "../common/TestSql.h"

#include "app/common/SyncChange.h"
#include "app/domain/HybridLogicalClock.h"
#include "app/domain/Uuid7.h"
#include "app/services/core/AuditTrail.h"
#include "app/sync/ServerSignIn.h"
#include "app/sync/SnapshotDownload.h"
#include "app/sync/SyncEngine.h"
#include "app/sync/SyncHttpClient.h"
#include "database/baseline/BaselinePage.h"
#include "database/baseline/BranchSnapshot.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/sync/ChangeRecorder.h"
#include "database/sync/SyncState.h"

#include <QDateTime>
#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

using namespace bd;
using Fault = test::FakeSyncServer::Fault;

Q_DECLARE_METATYPE(test::FakeSyncServer::Fault)

namespace {

const QString kBranch = QStringLiteral("branch-fake");
const QString kUser = QStringLiteral("wm.fake");
const QString kPassword = QStringLiteral("fake-pass-1");
// A fault injected this many times outlasts a round's attempts (SyncRetry).
const int kEveryAttempt = SyncRetry::withinRound().attempts;

// A change made on another workstation, as the server hands it out.
QJsonObject remoteChange(const QString &table, const QString &rowId, const QJsonObject &fields)
{
    static int counter = 0;
    SyncChange change;
    change.changeId = Uuid7Generator::generate();
    change.table = table;
    change.rowId = rowId;
    change.op = QStringLiteral("upsert");
    change.fields = fields;
    change.hlc = HlcStamp { QDateTime::currentMSecsSinceEpoch(), quint32(++counter),
                            QStringLiteral("node-elsewhere") }
                         .toString();
    change.originNode = QStringLiteral("node-elsewhere");
    change.schemaVersion = Store::latestSchemaVersion();
    return change.toJson();
}

QJsonObject remoteCustomer(const QString &id, const QString &cif, const QString &name)
{
    return remoteChange(QStringLiteral("customer"), id,
                        { { QStringLiteral("branch_id"), kBranch },
                          { QStringLiteral("cif_no"), cif },
                          { QStringLiteral("name"), name },
                          { QStringLiteral("opened_on"), QStringLiteral("2020-01-02") } });
}

using test::count;

} // namespace

class tst_SyncClient : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void roundExchangesBothWays();
    void pushRetriedAfterALostAnswerIsNotDuplicated();
    void refusedChangeIsKeptAndNotSentAgain();
    void failedPullLeavesCursorAndDataUntouched_data();
    void failedPullLeavesCursorAndDataUntouched();
    void unappliableChangeDoesNotStopLaterRounds();
    void auditUploadFailureFailsTheRound();
    void refusedAuditEntryFailsTheRoundAfterTheExchange();
    void pulledAuditLogRowIsNotApplied();
    void serversCheckpointAnchorsTheChain();
    void newEpochMeansAFreshDownloadKeepingTheOutbox();
    void refusedSignInExchangesNothing();
    void accountOfAnotherBranchExchangesNothing();
    void baselineResumesAfterTheLastWholePage();
    void snapshotDownloadResumesAfterADroppedChunk();
    void serverSignInTellsItsOutcomes();
    void lostOrBusyRequestIsSentAgainWithinTheRound_data();
    void lostOrBusyRequestIsSentAgainWithinTheRound();
    void retryAfterIsHonouredUpToItsCap();
    void serverGoneForEveryAttemptFailsTheRoundClearly();

private:
    std::unique_ptr<Store> desk(const QString &name);
    QString addCustomer(Store &store, const QString &cif, const QString &name);
    bool addCustomers(Store &store, int count); // C1, C2, ...
    SyncEngine::Report sync(Store &store, int timeoutMs = 5000);
    // The engine's pauses between attempts go to m_pauses instead of passing.
    void recordPauses(SyncEngine &engine)
    {
        engine.retry.pause = [this](int ms) { m_pauses << ms; };
    }
    QList<QByteArray> baselinePages(const QString &sourcePath, int rowsPerPage);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<test::FakeSyncServer> m_server;
    QList<int> m_pauses; // ms, in the order the engine asked for them
};

void tst_SyncClient::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<test::FakeSyncServer>(kBranch);
    m_server->addAccount(kUser, kPassword);
    m_pauses.clear();
}

void tst_SyncClient::cleanup()
{
    m_server.reset();
    m_dir.reset();
}

std::unique_ptr<Store> tst_SyncClient::desk(const QString &name)
{
    auto store = std::make_unique<Store>();
    if (!store->open(m_dir->filePath(name + QStringLiteral(".db"))))
        return nullptr;
    QSqlQuery branch(store->database());
    branch.prepare(QStringLiteral("INSERT INTO branch(id, code, name, created_at, updated_at) "
                                  "VALUES (?, '310101', 'Fake branch', ?, ?)"));
    branch.addBindValue(kBranch);
    branch.addBindValue(SqlTime::now());
    branch.addBindValue(SqlTime::now());
    return branch.exec() ? std::move(store) : nullptr;
}

QString tst_SyncClient::addCustomer(Store &store, const QString &cif, const QString &name)
{
    const QString id = Uuid7Generator::generate();
    const QVariantMap fields { { QStringLiteral("branch_id"), kBranch },
                               { QStringLiteral("cif_no"), cif },
                               { QStringLiteral("name"), name },
                               { QStringLiteral("opened_on"), QStringLiteral("2020-01-02") } };
    Transaction transaction(store.database());
    QSqlQuery insert(store.database());
    insert.prepare(QStringLiteral("INSERT INTO customer(id, branch_id, cif_no, name, opened_on, "
                                  "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value : { QVariant(id), QVariant(kBranch), QVariant(cif), QVariant(name),
                                   fields.value(QStringLiteral("opened_on")),
                                   QVariant(SqlTime::now()), QVariant(SqlTime::now()) })
        insert.addBindValue(value);
    if (!insert.exec()
        || !ChangeRecorder(store).recordUpsert(QStringLiteral("customer"), id, fields, 0)
        || !transaction.commit())
        return {};
    return id;
}

bool tst_SyncClient::addCustomers(Store &store, int count)
{
    for (int i = 1; i <= count; ++i) {
        if (addCustomer(store, QStringLiteral("C%1").arg(i), QStringLiteral("客户%1").arg(i))
                    .isEmpty())
            return false;
    }
    return true;
}

SyncEngine::Report tst_SyncClient::sync(Store &store, int timeoutMs)
{
    SyncEngine engine(store, m_server->url(), kUser, kPassword, m_server->network());
    engine.timeoutMs = timeoutMs;
    recordPauses(engine);
    return engine.syncOnce();
}

QList<QByteArray> tst_SyncClient::baselinePages(const QString &sourcePath, int rowsPerPage)
{
    QList<QByteArray> pages;
    BaselinePage::Reader reader(sourcePath, rowsPerPage);
    QString table;
    int rows = 0;
    QByteArray body;
    while (reader.next(&table, &rows, &body))
        pages << body;
    return pages;
}

void tst_SyncClient::roundExchangesBothWays()
{
    const auto store = desk(QStringLiteral("a"));
    QVERIFY(store);
    QVERIFY(!addCustomer(*store, QStringLiteral("C1"), QStringLiteral("张三")).isEmpty());
    const QString pulledId = Uuid7Generator::generate();
    m_server->append(remoteCustomer(pulledId, QStringLiteral("C2"), QStringLiteral("李四")));

    const SyncEngine::Report report = sync(*store);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.pushed, 1);
    QCOMPARE(report.pulled, 1); // the workstation's own change coming back is skipped
    QCOMPARE(ChangeRecorder::pendingCount(*store), 0);
    QCOMPARE(SyncState(*store).cursor(), 2);
    QCOMPARE(SyncState(*store).epoch(), m_server->epoch());
    QCOMPARE(SyncState(*store).branchId(), kBranch);
    QVERIFY(SyncState(*store).lastRoundAt().isValid());
    QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM customer WHERE name = '李四'")), 1);
    // Every request after the sign-in carried its token (the fake refuses others) and a
    // transfer timeout.
    QCOMPARE(m_server->lastTransferTimeout(), 5000);
}

void tst_SyncClient::pushRetriedAfterALostAnswerIsNotDuplicated()
{
    const auto store = desk(QStringLiteral("a"));
    QVERIFY(store);
    QVERIFY(addCustomers(*store, 3));
    // The server stores the push, but its answer never arrives, however often it is sent
    // in the round (lostOrBusyRequestIsSentAgainWithinTheRound: once is made good at once).
    m_server->fail(QStringLiteral("/v1/push"), Fault::Lost, kEveryAttempt);
    const SyncEngine::Report lost = sync(*store);
    QVERIFY(!lost.ok);
    QVERIFY2(lost.error.contains(QStringLiteral("cannot be reached")), qPrintable(lost.error));
    QCOMPARE(m_server->log().size(), 3);
    QCOMPARE(m_server->requests(QStringLiteral("/v1/push")), kEveryAttempt);
    QCOMPARE(ChangeRecorder::pendingCount(*store), 3); // the workstation cannot know

    const SyncEngine::Report again = sync(*store);
    QVERIFY2(again.ok, qPrintable(again.error));
    QCOMPARE(again.pushed, 0);
    QCOMPARE(again.duplicates, 3);
    QCOMPARE(m_server->log().size(), 3); // nothing twice in the branch's log
    QCOMPARE(ChangeRecorder::pendingCount(*store), 0);
    QCOMPARE(again.pulled, 0); // its own changes are not applied again
}

void tst_SyncClient::refusedChangeIsKeptAndNotSentAgain()
{
    const auto store = desk(QStringLiteral("a"));
    QVERIFY(store);
    const QString refusedId = addCustomer(*store, QStringLiteral("C1"), QStringLiteral("张三"));
    QVERIFY(!addCustomer(*store, QStringLiteral("C2"), QStringLiteral("李四")).isEmpty());
    m_server->refusal = [&refusedId](const QJsonObject &change) {
        return change.value(QStringLiteral("row_id")).toString() == refusedId
                ? QStringLiteral("a teller may not do that")
                : QString();
    };
    const SyncEngine::Report report = sync(*store);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.pushed, 1);
    QCOMPARE(report.refused, 1);
    QCOMPARE(ChangeRecorder::pendingCount(*store), 0);
    QCOMPARE(count(*store,
                   QStringLiteral("SELECT count(*) FROM sync_outbox WHERE refused_reason "
                                  "= 'a teller may not do that'")),
             1);
    const int pushes = m_server->requests(QStringLiteral("/v1/push"));
    QVERIFY(sync(*store).ok);
    QCOMPARE(m_server->requests(QStringLiteral("/v1/push")), pushes); // nothing left to send
}

void tst_SyncClient::failedPullLeavesCursorAndDataUntouched_data()
{
    QTest::addColumn<Fault>("fault");
    QTest::addColumn<QString>("told");
    QTest::addColumn<int>("sent"); // times the pull is sent in the round (SyncRetry)
    QTest::newRow("HTTP 500") << Fault::Http500 << QStringLiteral("refused the download (500)")
                              << 1;
    QTest::newRow("HTTP 503") << Fault::Http503 << QStringLiteral("refused the download (503)")
                              << kEveryAttempt;
    QTest::newRow("dropped") << Fault::Dropped << QStringLiteral("cannot be reached")
                             << kEveryAttempt;
    QTest::newRow("timed out") << Fault::TimedOut << QStringLiteral("cannot be reached") << 1;
    // Before SyncHttpClient, half an answer with status 200 read as a server with no epoch:
    // the workstation started its whole download again.
    QTest::newRow("cut short") << Fault::CutShort << QStringLiteral("cannot be reached")
                               << kEveryAttempt;
}

void tst_SyncClient::failedPullLeavesCursorAndDataUntouched()
{
    QFETCH(Fault, fault);
    QFETCH(QString, told);
    QFETCH(int, sent);
    const auto store = desk(QStringLiteral("a"));
    QVERIFY(store);
    m_server->append(remoteCustomer(Uuid7Generator::generate(), QStringLiteral("C1"),
                                    QStringLiteral("张三")));
    QVERIFY(sync(*store).ok);
    QVERIFY(!addCustomer(*store, QStringLiteral("C2"), QStringLiteral("李四")).isEmpty());
    const qint64 cursor = SyncState(*store).cursor();
    QCOMPARE(cursor, 1);

    const QString laterId = Uuid7Generator::generate();
    m_server->append(remoteCustomer(laterId, QStringLiteral("C3"), QStringLiteral("王五")));
    m_server->fail(QStringLiteral("/v1/changes"), fault, sent);
    const int pullsBefore = m_server->requests(QStringLiteral("/v1/changes"));
    const SyncEngine::Report failed = sync(*store, 300);
    QVERIFY(!failed.ok);
    QVERIFY2(failed.error.contains(told), qPrintable(failed.error));
    QCOMPARE(m_server->requests(QStringLiteral("/v1/changes")) - pullsBefore, sent);
    QCOMPARE(failed.resent, sent - 1);
    QCOMPARE(failed.pushed, 1); // the push before it stands
    QVERIFY(!failed.fullDownload);
    QCOMPARE(SyncState(*store).cursor(), cursor);
    QCOMPARE(SyncState(*store).epoch(), m_server->epoch());
    QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM customer")), 2);
    QCOMPARE(ChangeRecorder::pendingCount(*store), 0); // nothing marked to be sent again

    const SyncEngine::Report next = sync(*store);
    QVERIFY2(next.ok, qPrintable(next.error));
    QCOMPARE(next.pulled, 1);
    QCOMPARE(next.pushed + next.duplicates, 0);
    QCOMPARE(SyncState(*store).cursor(), 3);
    QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM customer")), 3);
}

void tst_SyncClient::unappliableChangeDoesNotStopLaterRounds()
{
    // The workstation made a tag that another workstation made too, under another id: the
    // pulled one cannot be inserted (same natural key). It goes to the conflict log.
    const auto store = desk(QStringLiteral("a"));
    QVERIFY(store);
    QSqlQuery tag(store->database());
    QVERIFY(tag.exec(QStringLiteral("INSERT INTO tag(id, dimension, category, value) "
                                    "VALUES ('tag-here', 'basics', 'expertise', '多年投资经验')")));
    m_server->append(remoteChange(QStringLiteral("tag"), QStringLiteral("tag-there"),
                                  { { QStringLiteral("dimension"), QStringLiteral("basics") },
                                    { QStringLiteral("category"), QStringLiteral("expertise") },
                                    { QStringLiteral("value"), QStringLiteral("多年投资经验") } }));
    m_server->append(remoteCustomer(Uuid7Generator::generate(), QStringLiteral("C1"),
                                    QStringLiteral("张三")));
    const SyncEngine::Report report = sync(*store);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.pulled, 2);
    QCOMPARE(report.conflicts, 1);
    QCOMPARE(count(*store,
                   QStringLiteral("SELECT count(*) FROM sync_conflict WHERE table_name = "
                                  "'tag' AND field = '*'")),
             1);
    QCOMPARE(SyncState(*store).cursor(), 2);

    m_server->append(remoteCustomer(Uuid7Generator::generate(), QStringLiteral("C2"),
                                    QStringLiteral("李四")));
    const SyncEngine::Report later = sync(*store);
    QVERIFY2(later.ok, qPrintable(later.error));
    QCOMPARE(later.pulled, 1);
    QCOMPARE(later.conflicts, 0);
    QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM customer")), 2);
}

void tst_SyncClient::auditUploadFailureFailsTheRound()
{
    const auto store = desk(QStringLiteral("a"));
    QVERIFY(store);
    for (int i = 0; i < 3; ++i)
        QVERIFY(AuditTrail(*store).recordAnonymous(QStringLiteral("setup"),
                                                   QStringLiteral("test_event")));
    m_server->append(remoteCustomer(Uuid7Generator::generate(), QStringLiteral("C1"),
                                    QStringLiteral("张三")));
    m_server->fail(QStringLiteral("/v1/audit"), Fault::Http500);
    const SyncEngine::Report failed = sync(*store);
    QVERIFY(!failed.ok);
    QVERIFY2(failed.error.contains(QStringLiteral("refused the audit entries (500)")),
             qPrintable(failed.error));
    QCOMPARE(SyncState(*store).auditAcknowledged(), 0);
    QCOMPARE(m_server->requests(QStringLiteral("/v1/changes")), 0); // the round stopped there
    QCOMPARE(m_server->requests(QStringLiteral("/v1/audit")), 1); // a 500 is not sent again
    QCOMPARE(SyncState(*store).cursor(), 0);

    const SyncEngine::Report next = sync(*store);
    QVERIFY2(next.ok, qPrintable(next.error));
    QCOMPARE(next.auditSent, 3);
    QCOMPARE(m_server->auditEntries().size(), 3);
    QCOMPARE(SyncState(*store).auditAcknowledged(), 3);
    QCOMPARE(next.pulled, 1);
    QCOMPARE(sync(*store).auditSent, 0); // sent once
}

void tst_SyncClient::refusedAuditEntryFailsTheRoundAfterTheExchange()
{
    // Issue 14: an audit upload that stops must not look like a good round (exit 0).
    const auto store = desk(QStringLiteral("a"));
    QVERIFY(store);
    for (int i = 0; i < 3; ++i)
        QVERIFY(AuditTrail(*store).recordAnonymous(QStringLiteral("setup"),
                                                   QStringLiteral("test_event")));
    m_server->append(remoteCustomer(Uuid7Generator::generate(), QStringLiteral("C2"),
                                    QStringLiteral("李四")));
    m_server->refusedAuditSeqs = { 2 };
    const SyncEngine::Report report = sync(*store);
    QVERIFY(!report.ok);
    QVERIFY2(report.error.contains(QStringLiteral("does not match its hash")),
             qPrintable(report.error));
    QCOMPARE(report.auditSent, 1);
    QCOMPARE(report.auditProblem, QStringLiteral("does not match its hash"));
    QCOMPARE(SyncState(*store).auditAcknowledged(), 1); // the refused entry stays here
    // The changes were still exchanged; the status says the audit upload is stuck.
    QCOMPARE(report.pulled, 1);
    QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM customer WHERE name = '李四'")), 1);
    QCOMPARE(SyncState(*store).auditProblem(), QStringLiteral("does not match its hash"));

    m_server->refusedAuditSeqs.clear();
    const SyncEngine::Report next = sync(*store);
    QVERIFY2(next.ok, qPrintable(next.error));
    QCOMPARE(SyncState(*store).auditProblem(), QString());
}

void tst_SyncClient::pulledAuditLogRowIsNotApplied()
{
    // Issue 14: a forged audit entry pushed as a change (as a teller could) must never land
    // in a workstation's chain; audit travels only through /v1/audit.
    const auto store = desk(QStringLiteral("a"));
    QVERIFY(store);
    QVERIFY(AuditTrail(*store).recordAnonymous(QStringLiteral("setup"),
                                               QStringLiteral("test_event")));
    const int before = count(*store, QStringLiteral("SELECT count(*) FROM audit_log"));
    m_server->append(remoteChange(QStringLiteral("audit_log"), QStringLiteral("999"),
                                  { { QStringLiteral("id"), Uuid7Generator::generate() },
                                    { QStringLiteral("occurred_at"),
                                      QStringLiteral("2026-01-01T00:00:00.000Z") },
                                    { QStringLiteral("actor_name"), QStringLiteral("head") },
                                    { QStringLiteral("action"),
                                      QStringLiteral("reveal_id_number") },
                                    { QStringLiteral("prev_hash"), QString(64, u'0') },
                                    { QStringLiteral("hash"), QString(64, u'1') } }));
    m_server->append(remoteCustomer(Uuid7Generator::generate(), QStringLiteral("C3"),
                                    QStringLiteral("王五")));
    const SyncEngine::Report report = sync(*store);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM audit_log WHERE actor_name = "
                                          "'head'")),
             0);
    QVERIFY(count(*store, QStringLiteral("SELECT count(*) FROM audit_log")) >= before);
    QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM customer WHERE name = '王五'")), 1);
    QVERIFY(!SyncChange::isSyncedTable(QStringLiteral("audit_log")));
}

void tst_SyncClient::serversCheckpointAnchorsTheChain()
{
    // Issue 14: the desk keeps the checkpoint the server signs at each audit upload (and the
    // server's key as first seen); `audit verify` then holds the chain to it.
    QVERIFY(sodium_init() >= 0);
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, '\0');
    QByteArray secretKey(crypto_sign_SECRETKEYBYTES, '\0');
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(publicKey.data()),
                        reinterpret_cast<unsigned char *>(secretKey.data()));
    m_server->auditPublicKey = publicKey;
    m_server->auditSecretKey = secretKey;
    const auto store = desk(QStringLiteral("a"));
    QVERIFY(store);
    for (int i = 0; i < 3; ++i)
        QVERIFY(AuditTrail(*store).recordAnonymous(QStringLiteral("setup"),
                                                   QStringLiteral("test_event")));
    const SyncEngine::Report report = sync(*store);
    QVERIFY2(report.ok, qPrintable(report.error));
    QVERIFY(!SyncState(*store).auditCheckpoint().isEmpty());
    QCOMPARE(SyncState(*store).auditServerKey(), QString::fromLatin1(publicKey.toBase64()));
    const AuditTrail::Verification verified = AuditTrail(*store).verify();
    QVERIFY2(verified.intact, qPrintable(verified.problem));
    QCOMPARE(verified.anchoredSeq, SyncState(*store).auditAcknowledged());
    QVERIFY(verified.anchoredSeq >= 3);

    // A server (or someone in between) that signs with another key is not believed.
    QByteArray otherPublic(crypto_sign_PUBLICKEYBYTES, '\0');
    QByteArray otherSecret(crypto_sign_SECRETKEYBYTES, '\0');
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(otherPublic.data()),
                        reinterpret_cast<unsigned char *>(otherSecret.data()));
    m_server->auditPublicKey = otherPublic;
    m_server->auditSecretKey = otherSecret;
    QVERIFY(AuditTrail(*store).recordAnonymous(QStringLiteral("setup"),
                                               QStringLiteral("test_event")));
    const SyncEngine::Report next = sync(*store);
    QVERIFY(!next.ok);
    QVERIFY2(next.error.contains(QStringLiteral("another key")), qPrintable(next.error));
    QCOMPARE(SyncState(*store).auditServerKey(), QString::fromLatin1(publicKey.toBase64()));
    QCOMPARE(AuditTrail(*store).verify().anchoredSeq, verified.anchoredSeq);
}

void tst_SyncClient::newEpochMeansAFreshDownloadKeepingTheOutbox()
{
    const auto store = desk(QStringLiteral("a"));
    QVERIFY(store);
    QVERIFY(!addCustomer(*store, QStringLiteral("C1"), QStringLiteral("张三")).isEmpty());
    m_server->append(remoteCustomer(Uuid7Generator::generate(), QStringLiteral("C2"),
                                    QStringLiteral("李四")));
    QVERIFY(sync(*store).ok);
    QCOMPARE(SyncState(*store).cursor(), 2);

    // The server is restored from a backup; meanwhile the workstation made a change.
    m_server->restore(QStringLiteral("epoch-2"));
    QVERIFY(!addCustomer(*store, QStringLiteral("C3"), QStringLiteral("王五")).isEmpty());
    const SyncEngine::Report report = sync(*store);
    QVERIFY2(report.ok, qPrintable(report.error));
    QVERIFY(report.fullDownload);
    QCOMPARE(report.pushed, 1); // the new change
    QCOMPARE(report.duplicates, 2); // everything sent before goes again after the download
    QCOMPARE(report.pulled, 1); // the log read again from its start (own changes skipped)
    QCOMPARE(ChangeRecorder::pendingCount(*store), 0);
    QCOMPARE(SyncState(*store).epoch(), QStringLiteral("epoch-2"));
    QCOMPARE(SyncState(*store).cursor(), 3);
    QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM customer")), 3);
}

void tst_SyncClient::refusedSignInExchangesNothing()
{
    const auto store = desk(QStringLiteral("a"));
    QVERIFY(store);
    QVERIFY(!addCustomer(*store, QStringLiteral("C1"), QStringLiteral("张三")).isEmpty());
    SyncEngine engine(*store, m_server->url(), kUser, QStringLiteral("wrong"), m_server->network());
    const SyncEngine::Report report = engine.syncOnce();
    QVERIFY(!report.ok);
    QVERIFY2(report.error.contains(QStringLiteral("refused the sign-in (401)")),
             qPrintable(report.error));
    QCOMPARE(m_server->requests(QStringLiteral("/v1/push")), 0);
    QCOMPARE(ChangeRecorder::pendingCount(*store), 1);
    QVERIFY(!SyncState(*store).lastRoundAt().isValid());
}

void tst_SyncClient::accountOfAnotherBranchExchangesNothing()
{
    const auto store = desk(QStringLiteral("a"));
    QVERIFY(store);
    QVERIFY(SyncState(*store).rememberBranch(QStringLiteral("branch-other")));
    const SyncEngine::Report report = sync(*store);
    QVERIFY(!report.ok);
    QVERIFY2(report.error.contains(QStringLiteral("another branch")), qPrintable(report.error));
    QCOMPARE(m_server->requests(QStringLiteral("/v1/push")), 0);
    QCOMPARE(m_server->requests(QStringLiteral("/v1/changes")), 0);
    QCOMPARE(SyncState(*store).branchId(), QStringLiteral("branch-other"));
}

void tst_SyncClient::baselineResumesAfterTheLastWholePage()
{
    const auto source = desk(QStringLiteral("source"));
    QVERIFY(source);
    QVERIFY(addCustomers(*source, 9));
    const QList<QByteArray> pages = baselinePages(source->path(), 2);
    QVERIFY(pages.size() >= 6); // the branch row, then the customers two by two
    m_server->setBaseline(QStringLiteral("baseline-1"), 7, pages);

    // A new, empty workstation; the connection drops at the fourth page.
    Store fresh;
    QVERIFY(fresh.open(m_dir->filePath(QStringLiteral("fresh.db"))));
    m_server->fail(QStringLiteral("/v1/baseline-page"), Fault::Dropped, kEveryAttempt);
    SyncEngine cut(fresh, m_server->url(), kUser, kPassword, m_server->network());
    recordPauses(cut);
    cut.stopAfterBaselinePages = 3;
    const SyncEngine::Report stopped = cut.syncOnce();
    QVERIFY(!stopped.ok);
    QVERIFY2(stopped.error.contains(QStringLiteral("cannot be reached")),
             qPrintable(stopped.error));
    QCOMPARE(stopped.baselineRows, 0);
    QCOMPARE(SyncState(fresh).baselinePage(), 0);

    const SyncEngine::Report part = cut.syncOnce(); // three pages, then it stops
    QVERIFY(!part.ok);
    QVERIFY2(part.error.contains(QStringLiteral("next sync")), qPrintable(part.error));
    QVERIFY(part.baselineRows > 0);
    QCOMPARE(SyncState(fresh).baselinePage(), 3);
    QVERIFY(SyncState(fresh).indexesSetAside()); // noted, so an interruption gets them back
    const int asked = m_server->requests(QStringLiteral("/v1/baseline-page"));

    SyncEngine engine(fresh, m_server->url(), kUser, kPassword, m_server->network());
    const SyncEngine::Report report = engine.syncOnce();
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(m_server->requests(QStringLiteral("/v1/baseline-page")) - asked,
             int(pages.size()) - 3); // resumed after the last whole page
    QCOMPARE(part.baselineRows + report.baselineRows, 10); // a branch and nine customers
    QCOMPARE(count(fresh, QStringLiteral("SELECT count(*) FROM customer")), 9);
    QVERIFY(SyncState(fresh).isBaselineLoaded(QStringLiteral("baseline-1")));
    QVERIFY(!SyncState(fresh).indexesSetAside()); // made again
    QCOMPARE(count(fresh,
                   QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = "
                                  "'index' AND tbl_name = 'customer' AND sql IS NOT NULL")),
             count(*source,
                   QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = "
                                  "'index' AND tbl_name = 'customer' AND sql IS NOT "
                                  "NULL")));
    QCOMPARE(SyncState(fresh).cursor(), 7); // the log goes on after the baseline's as_of
    QCOMPARE(engine.syncOnce().baselineRows, 0); // loaded once
}

void tst_SyncClient::snapshotDownloadResumesAfterADroppedChunk()
{
    const auto source = desk(QStringLiteral("source"));
    QVERIFY(source);
    QVERIFY(addCustomers(*source, 5));
    source->close();
    BranchSnapshot snapshots(m_dir->filePath(QStringLiteral("snapshots")));
    const auto info = snapshots.make(m_dir->filePath(QStringLiteral("source.db")), kBranch,
                                     QStringLiteral("baseline-1"), 5);
    QVERIFY2(info, qPrintable(snapshots.errorString()));
    QFile file(snapshots.filePath(kBranch));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_server->setSnapshot(file.readAll(), QStringLiteral("baseline-1"), 5);

    const QString target = m_dir->filePath(QStringLiteral("new.db"));
    const qint64 chunk = 16 * 1024;
    SnapshotDownload cut(m_server->url(), kUser, kPassword, m_server->network());
    cut.chunkBytes = chunk;
    cut.stopAfterChunks = 2;
    const Result<SnapshotDownload::Outcome> stopped = cut.install(target);
    QVERIFY(!stopped);
    QVERIFY2(stopped.errorString().contains(QStringLiteral("next try")),
             qPrintable(stopped.errorString()));

    SnapshotDownload download(m_server->url(), kUser, kPassword, m_server->network());
    download.chunkBytes = chunk;
    m_server->fail(QStringLiteral("/v1/snapshot-chunk"), Fault::Dropped);
    const Result<SnapshotDownload::Outcome> dropped = download.install(target);
    QVERIFY(!dropped);
    QVERIFY2(dropped.errorString().contains(QStringLiteral("cannot be reached")),
             qPrintable(dropped.errorString()));
    QVERIFY(!QFileInfo::exists(target)); // nothing half-made where the database goes

    const Result<SnapshotDownload::Outcome> installed = download.install(target);
    QVERIFY2(installed, qPrintable(installed.errorString()));
    QCOMPARE(*installed, SnapshotDownload::Outcome::Installed);
    QCOMPARE(download.resumedAt, 2 * chunk);
    Store made;
    QVERIFY(made.open(target));
    QCOMPARE(count(made, QStringLiteral("SELECT count(*) FROM customer")), 5);
    QCOMPARE(SyncState(made).cursor(), 5);
    QCOMPARE(SyncState(made).epoch(), m_server->epoch());
    QCOMPARE(SyncState(made).branchId(), kBranch); // the snapshot carries its branch
    QVERIFY(SyncState(made).isBaselineLoaded(QStringLiteral("baseline-1")));
}

void tst_SyncClient::serverSignInTellsItsOutcomes()
{
    SyncHttpClient client(m_server->url(), m_server->network());
    ServerSignIn::Answer answer = ServerSignIn::signIn(client, kUser, kPassword);
    QCOMPARE(answer.outcome, ServerSignIn::Outcome::Accepted);
    QCOMPARE(answer.branchId, kBranch);
    QCOMPARE(answer.role, StaffRole::WealthManager);
    QVERIFY(answer.expiresAt.isValid());
    QVERIFY(client.isSignedIn());

    answer = ServerSignIn::signIn(client, kUser, QStringLiteral("wrong"));
    QCOMPARE(answer.outcome, ServerSignIn::Outcome::Refused);
    QVERIFY(!client.isSignedIn());

    m_server->fail(QStringLiteral("/v1/sign-in"), Fault::Dropped);
    answer = ServerSignIn::signIn(client, kUser, kPassword);
    QCOMPARE(answer.outcome, ServerSignIn::Outcome::Unreachable);
    QVERIFY2(answer.error.contains(QStringLiteral("cannot be reached (Connection closed)")),
             qPrintable(answer.error));

    m_server->fail(QStringLiteral("/v1/sign-in"), Fault::Http503);
    answer = ServerSignIn::signIn(client, kUser, kPassword);
    QCOMPARE(answer.outcome, ServerSignIn::Outcome::Failed);
    QVERIFY2(answer.error.contains(QStringLiteral("(503)")), qPrintable(answer.error));
}

void tst_SyncClient::lostOrBusyRequestIsSentAgainWithinTheRound_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<Fault>("fault");
    const QString push = QStringLiteral("/v1/push");
    const QString audit = QStringLiteral("/v1/audit");
    const QString changes = QStringLiteral("/v1/changes");
    // A server process killed after it stored the push, before its answer left.
    QTest::newRow("push stored, answer lost") << push << Fault::Lost;
    QTest::newRow("push stored, answer cut short") << push << Fault::CutShort;
    QTest::newRow("push dropped unseen") << push << Fault::Dropped;
    QTest::newRow("push 503") << push << Fault::Http503;
    QTest::newRow("audit stored, answer lost") << audit << Fault::Lost;
    QTest::newRow("pull dropped") << changes << Fault::Dropped;
    QTest::newRow("pull 503") << changes << Fault::Http503;
    QTest::newRow("sign-in 503") << QStringLiteral("/v1/sign-in") << Fault::Http503;
}

void tst_SyncClient::lostOrBusyRequestIsSentAgainWithinTheRound()
{
    QFETCH(QString, path);
    QFETCH(Fault, fault);
    const auto store = desk(QStringLiteral("a"));
    QVERIFY(store);
    QVERIFY(addCustomers(*store, 3));
    for (int i = 0; i < 3; ++i)
        QVERIFY(AuditTrail(*store).recordAnonymous(QStringLiteral("setup"),
                                                   QStringLiteral("test_event")));
    m_server->append(remoteCustomer(Uuid7Generator::generate(), QStringLiteral("R1"),
                                    QStringLiteral("李四")));
    m_server->fail(path, fault, 2); // the third attempt gets through

    const SyncEngine::Report report = sync(*store);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.resent, 2);
    QCOMPARE(m_server->requests(path), 3);
    QCOMPARE(m_pauses, (QList<int> { 500, 1000 }));
    // Each change and each audit entry once on the server, nothing left to send.
    QCOMPARE(m_server->log().size(), 4);
    QSet<QString> ids;
    for (const QJsonObject &change : m_server->log())
        ids.insert(change.value(QStringLiteral("change_id")).toString());
    QCOMPARE(ids.size(), 4);
    QCOMPARE(report.pushed + report.duplicates, 3);
    QCOMPARE(m_server->auditEntries().size(), 3);
    QCOMPARE(ChangeRecorder::pendingCount(*store), 0);
    QCOMPARE(SyncState(*store).cursor(), 4);
    QCOMPARE(count(*store, QStringLiteral("SELECT count(*) FROM customer")), 4);
    QCOMPARE(sync(*store).pushed, 0); // and nothing goes in the next round
}

void tst_SyncClient::retryAfterIsHonouredUpToItsCap()
{
    const auto store = desk(QStringLiteral("a"));
    QVERIFY(store);
    m_server->append(remoteCustomer(Uuid7Generator::generate(), QStringLiteral("R1"),
                                    QStringLiteral("李四")));
    m_server->retryAfterSeconds = 2; // not the client's own 0.5 s and 1 s
    m_server->fail(QStringLiteral("/v1/changes"), Fault::Http503, 2);
    const SyncEngine::Report report = sync(*store);
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.pulled, 1);
    QCOMPARE(m_pauses, (QList<int> { 2000, 2000 }));

    // A withheld snapshot being prepared asks for 30 s: the round waits 5 s at most.
    m_pauses.clear();
    m_server->append(remoteCustomer(Uuid7Generator::generate(), QStringLiteral("R2"),
                                    QStringLiteral("王五")));
    m_server->retryAfterSeconds = 30;
    m_server->fail(QStringLiteral("/v1/changes"), Fault::Http503);
    const SyncEngine::Report capped = sync(*store);
    QVERIFY2(capped.ok, qPrintable(capped.error));
    QCOMPARE(capped.pulled, 1);
    QCOMPARE(m_pauses, QList<int> { SyncRetry::withinRound().longestPauseMs });
}

void tst_SyncClient::serverGoneForEveryAttemptFailsTheRoundClearly()
{
    const auto store = desk(QStringLiteral("a"));
    QVERIFY(store);
    QVERIFY(addCustomers(*store, 3));
    m_server->fail(QStringLiteral("/v1/push"), Fault::Dropped, kEveryAttempt);
    const SyncEngine::Report gone = sync(*store);
    QVERIFY(!gone.ok);
    QVERIFY2(gone.error.contains(QStringLiteral("cannot be reached (Connection closed)")),
             qPrintable(gone.error));
    QVERIFY2(gone.error.contains(QStringLiteral("The request was sent %1 times.")
                                         .arg(kEveryAttempt)),
             qPrintable(gone.error));
    QCOMPARE(gone.resent, kEveryAttempt - 1);
    QCOMPARE(m_pauses, (QList<int> { 500, 1000, 2000, 4000 }));
    QCOMPARE(m_server->requests(QStringLiteral("/v1/changes")), 0); // the round stopped
    QCOMPARE(ChangeRecorder::pendingCount(*store), 3);

    m_pauses.clear();
    m_server->fail(QStringLiteral("/v1/push"), Fault::Http503, kEveryAttempt);
    const SyncEngine::Report busy = sync(*store);
    QVERIFY(!busy.ok);
    QVERIFY2(busy.error.contains(QStringLiteral("refused the changes (503)")),
             qPrintable(busy.error));
    QVERIFY2(busy.error.contains(QStringLiteral("sent %1 times").arg(kEveryAttempt)),
             qPrintable(busy.error));
    QCOMPARE(m_server->log().size(), 0);

    const SyncEngine::Report back = sync(*store);
    QVERIFY2(back.ok, qPrintable(back.error));
    QCOMPARE(back.pushed, 3);
    QCOMPARE(back.resent, 0);
    QCOMPARE(m_server->log().size(), 3);
}

QTEST_GUILESS_MAIN(tst_SyncClient)
#include "tst_sync_client.moc"
