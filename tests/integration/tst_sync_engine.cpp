// Two workstations (their own SQLite files) syncing through a real branchdesk-server over
// a real PostgreSQL cluster: edits made offline converge, the same field resolves by the
// hybrid logical clock with the losing value kept, deletes stay deleted, a lost response
// duplicates nothing, and a server that is down or restored loses nothing.
#include "../common/RecordedRows.h"
#include "../common/SyncBranchFixture.h"
#include "../common/SyncServerFixture.h"
#include "app/domain/Uuid7.h"
#include "app/services/staff/UserAdministration.h"
#include "app/sync/SyncEngine.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/customers/CustomerRepository.h"
#include "database/sync/ChangeRecorder.h"
#include "database/sync/SyncState.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace bd;

class tst_SyncEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firstSyncCopiesTheBranch();
    void editsOfDifferentFieldsBothSurvive();
    void sameFieldResolvesByClockAndKeepsTheLoser();
    void lostResponseDuplicatesNothing();
    void serverDownLosesNothing();
    void restoredServerMeansFullDownloadKeepingOutbox();
    void rowThatCannotBeTakenIsLoggedNotBlocking();
    void adminCommandRunsOneRound();
    void deletedRecordDoesNotComeBack(); // last: it deletes the shared customer

private:
    SyncEngine::Report sync(Store &store);
    void edit(Store &store, const QString &field, const QVariant &value);
    QString value(Store &store, const QString &field);
    int count(Store &store, const QString &sql);
    int foundBy(Store &store, const QString &typed);

    test::SyncServerFixture m_server;
    test::SyncBranchFixture m_branch { m_server };
    QTemporaryDir m_dir;
    Store m_a;
    Store m_b;
    QString m_branchId;
    QString m_customerId;
};

void tst_SyncEngine::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY(m_a.open(m_dir.filePath(QStringLiteral("a.db"))));
    QVERIFY(m_b.open(m_dir.filePath(QStringLiteral("b.db"))));
    QVERIFY(m_a.nodeId() != m_b.nodeId());

    // Both workstations are set up for the branch; A has a customer, B none yet. A syncs as
    // the branch head ("wm.a"): it creates a customer with an AUM and later deletes it, which
    // the server accepts only from roles holding import_data and erase_personal_data.
    m_branchId = m_branch.addBranchOfTwoDesks(m_a, m_b, QStringLiteral("310101"),
                                              QStringLiteral("sync-pass-1"));
    QVERIFY(!m_branchId.isEmpty());
    m_customerId = Uuid7Generator::generate();
    const QVariantMap fields{{QStringLiteral("branch_id"), m_branchId},
                             {QStringLiteral("cif_no"), QStringLiteral("C31010000001")},
                             {QStringLiteral("name"), QStringLiteral("张三")},
                             {QStringLiteral("phone"), QStringLiteral("13800138000")},
                             {QStringLiteral("address"), QStringLiteral("上海市黄浦区中山东一路1号")},
                             {QStringLiteral("occupation"), QStringLiteral("")},
                             {QStringLiteral("aum_fen"), 80000000},
                             {QStringLiteral("opened_on"), QStringLiteral("2015-03-02")}};
    const QVariantMap stamps { { QStringLiteral("created_at"), SqlTime::now() },
                               { QStringLiteral("updated_at"), SqlTime::now() } };
    QVERIFY(test::insertRecorded(m_a, QStringLiteral("customer"), m_customerId, fields, stamps));
}

SyncEngine::Report tst_SyncEngine::sync(Store &store)
{
    return m_branch.sync(store, &store == &m_a ? QStringLiteral("wm.a") : QStringLiteral("wm.b"),
                         QStringLiteral("sync-pass-1"), 5000);
}

void tst_SyncEngine::edit(Store &store, const QString &field, const QVariant &value)
{
    Transaction transaction(store.database());
    CustomerRepository customers(store);
    const auto row = customers.details(m_customerId);
    QVERIFY(row);
    QCOMPARE(customers.update(m_customerId, {{field, value}}, row->value(QStringLiteral("version")).toInt()),
             CustomerRepository::UpdateResult::Updated);
    QVERIFY(transaction.commit());
}

QString tst_SyncEngine::value(Store &store, const QString &field)
{
    QSqlQuery query(store.database());
    query.prepare(QStringLiteral("SELECT %1 FROM customer WHERE id = ?").arg(field));
    query.addBindValue(m_customerId);
    return query.exec() && query.next() ? query.value(0).toString() : QStringLiteral("<missing>");
}

int tst_SyncEngine::count(Store &store, const QString &sql)
{
    QSqlQuery query(store.database());
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

int tst_SyncEngine::foundBy(Store &store, const QString &typed)
{
    int found = 0;
    for (const CustomerSummary &customer : CustomerRepository(store).find(typed))
        found += customer.id == m_customerId ? 1 : 0;
    return found;
}

void tst_SyncEngine::firstSyncCopiesTheBranch()
{
    const auto fromA = sync(m_a);
    QVERIFY2(fromA.ok, qPrintable(fromA.error));
    QCOMPARE(fromA.pushed, 1);
    const auto toB = sync(m_b);
    QVERIFY2(toB.ok, qPrintable(toB.error));
    QCOMPARE(toB.pulled, 1);
    QCOMPARE(value(m_b, QStringLiteral("name")), QStringLiteral("张三"));
    QCOMPARE(value(m_b, QStringLiteral("aum_fen")), QStringLiteral("80000000"));
    // Pulled changes are not queued to be pushed back.
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM sync_outbox")), 0);
    // ... and the pulled customer is found by search on B at once.
    QCOMPARE(foundBy(m_b, QStringLiteral("张三")), 1);
    QCOMPARE(foundBy(m_b, QStringLiteral("8000")), 1);
}

void tst_SyncEngine::editsOfDifferentFieldsBothSurvive()
{
    edit(m_a, QStringLiteral("phone"), QStringLiteral("13911112222"));
    edit(m_b, QStringLiteral("address"), QStringLiteral("上海市浦东新区世纪大道8号"));
    QVERIFY(sync(m_a).ok);
    QVERIFY(sync(m_b).ok);
    QVERIFY(sync(m_a).ok);
    for (Store *store : {&m_a, &m_b}) {
        QCOMPARE(value(*store, QStringLiteral("phone")), QStringLiteral("13911112222"));
        QCOMPARE(value(*store, QStringLiteral("address")), QStringLiteral("上海市浦东新区世纪大道8号"));
    }
    QCOMPARE(count(m_a, QStringLiteral("SELECT count(*) FROM sync_conflict")), 0);
    QCOMPARE(count(m_b, QStringLiteral("SELECT count(*) FROM sync_conflict")), 0);
    // B's search follows A's new mobile number, and no longer finds the old one.
    QCOMPARE(foundBy(m_b, QStringLiteral("13911112222")), 1);
    QCOMPARE(foundBy(m_b, QStringLiteral("13800138000")), 0);
}

void tst_SyncEngine::sameFieldResolvesByClockAndKeepsTheLoser()
{
    edit(m_a, QStringLiteral("occupation"), QStringLiteral("工程师"));
    QTest::qWait(5); // B's edit is the later one
    edit(m_b, QStringLiteral("occupation"), QStringLiteral("教师"));
    QVERIFY(sync(m_b).ok);
    QVERIFY(sync(m_a).ok);
    QVERIFY(sync(m_b).ok);
    QCOMPARE(value(m_a, QStringLiteral("occupation")), QStringLiteral("教师"));
    QCOMPARE(value(m_b, QStringLiteral("occupation")), QStringLiteral("教师"));
    const int kept = count(m_a, QStringLiteral("SELECT count(*) FROM sync_conflict WHERE lost_value = '工程师'"))
            + count(m_b, QStringLiteral("SELECT count(*) FROM sync_conflict WHERE lost_value = '工程师'"));
    QVERIFY2(kept >= 1, "the losing value is kept for a person to review");
}

void tst_SyncEngine::lostResponseDuplicatesNothing()
{
    edit(m_a, QStringLiteral("education"), QStringLiteral("本科"));
    QVERIFY(sync(m_a).ok);
    // The server stored the push but the answer never arrived: A still thinks it is unsent.
    QSqlQuery forget(m_a.database());
    QVERIFY(forget.exec(QStringLiteral("UPDATE sync_outbox SET pushed_at = NULL")));
    const int sent = count(m_a, QStringLiteral("SELECT count(*) FROM sync_outbox"));
    const auto again = sync(m_a);
    QVERIFY2(again.ok, qPrintable(again.error));
    QCOMPARE(again.pushed, 0);
    QCOMPARE(again.duplicates, sent);
    const auto b = sync(m_b);
    QVERIFY(b.ok);
    QCOMPARE(value(m_b, QStringLiteral("education")), QStringLiteral("本科"));
    QCOMPARE(sync(m_b).pulled, 0); // nothing arrives twice
}

void tst_SyncEngine::serverDownLosesNothing()
{
    m_server.stopServer();
    edit(m_a, QStringLiteral("industry"), QStringLiteral("金融"));
    const auto offline = sync(m_a);
    QVERIFY(!offline.ok);
    QVERIFY2(offline.error.contains(QStringLiteral("cannot be reached")), qPrintable(offline.error));
    QCOMPARE(ChangeRecorder::pendingCount(m_a), 1);
    QVERIFY2(m_server.startServer(), qPrintable(m_server.errorString()));
    const auto online = sync(m_a);
    QVERIFY2(online.ok, qPrintable(online.error));
    QCOMPARE(online.pushed, 1);
    QCOMPARE(ChangeRecorder::pendingCount(m_a), 0);
    QVERIFY(sync(m_b).ok);
    QCOMPARE(value(m_b, QStringLiteral("industry")), QStringLiteral("金融"));
}

void tst_SyncEngine::restoredServerMeansFullDownloadKeepingOutbox()
{
    // B last saw another epoch (the server was restored from a backup meanwhile) and has
    // an unsent edit: it downloads its branch again and still sends the edit.
    SyncState state(m_b);
    QVERIFY(state.cursor() > 0);
    QVERIFY(state.advance(state.cursor(), QStringLiteral("before-restore")));
    edit(m_b, QStringLiteral("education"), QStringLiteral("硕士"));
    const auto report = sync(m_b);
    QVERIFY2(report.ok, qPrintable(report.error));
    QVERIFY(report.fullDownload);
    QCOMPARE(ChangeRecorder::pendingCount(m_b), 0);
    QCOMPARE(value(m_b, QStringLiteral("education")), QStringLiteral("硕士"));
    QVERIFY(sync(m_a).ok);
    QCOMPARE(value(m_a, QStringLiteral("education")), QStringLiteral("硕士"));
}

void tst_SyncEngine::deletedRecordDoesNotComeBack()
{
    {
        Transaction transaction(m_a.database());
        QSqlQuery remove(m_a.database());
        remove.prepare(QStringLiteral("UPDATE customer SET deleted = 1 WHERE id = ?"));
        remove.addBindValue(m_customerId);
        QVERIFY(remove.exec());
        QVERIFY(ChangeRecorder(m_a).recordDelete(QStringLiteral("customer"), m_customerId, 1));
        QVERIFY(transaction.commit());
    }
    // B, not knowing, renames the customer.
    QSqlQuery rename(m_b.database());
    rename.prepare(QStringLiteral("SELECT version FROM customer WHERE id = ?"));
    rename.addBindValue(m_customerId);
    QVERIFY(rename.exec() && rename.next());
    edit(m_b, QStringLiteral("name"), QStringLiteral("张叁"));
    QVERIFY(sync(m_a).ok);
    QVERIFY(sync(m_b).ok);
    QVERIFY(sync(m_a).ok);
    QCOMPARE(value(m_a, QStringLiteral("deleted")), QStringLiteral("1"));
    QCOMPARE(value(m_b, QStringLiteral("deleted")), QStringLiteral("1"));
    QVERIFY(count(m_a, QStringLiteral("SELECT count(*) FROM sync_conflict WHERE lost_value = '张叁'")) >= 1);
}

void tst_SyncEngine::rowThatCannotBeTakenIsLoggedNotBlocking()
{
    // Both workstations make "the same" tag (same dimension, category and value) with
    // different ids: the second cannot be inserted where the first exists.
    for (Store *store : {&m_a, &m_b}) {
        Transaction transaction(store->database());
        const QString id = Uuid7Generator::generate();
        QSqlQuery insert(store->database());
        insert.prepare(QStringLiteral("INSERT INTO tag(id, dimension, category, value) "
                                      "VALUES (?, 'basics', 'expertise', '多年投资经验')"));
        insert.addBindValue(id);
        QVERIFY(insert.exec());
        QVERIFY(ChangeRecorder(*store).recordUpsert(
                QStringLiteral("tag"), id,
                {{QStringLiteral("dimension"), QStringLiteral("basics")},
                 {QStringLiteral("category"), QStringLiteral("expertise")},
                 {QStringLiteral("value"), QStringLiteral("多年投资经验")}},
                0));
        QVERIFY(transaction.commit());
    }
    edit(m_a, QStringLiteral("education"), QStringLiteral("博士"));
    QVERIFY(sync(m_a).ok);
    const auto b = sync(m_b);
    QVERIFY2(b.ok, qPrintable(b.error)); // the download went on past the row
    QCOMPARE(value(m_b, QStringLiteral("education")), QStringLiteral("博士"));
    QVERIFY(count(m_b, QStringLiteral("SELECT count(*) FROM sync_conflict WHERE table_name = 'tag' "
                                      "AND field = '*'")) == 1);
}

void tst_SyncEngine::adminCommandRunsOneRound()
{
    // The account exists on the server and, as after set-up, on the workstation.
    const auto user = UserAdministration(m_b, nullptr)
                              .addUser(QStringLiteral("wang"), QStringLiteral("王理财"),
                                       StaffRole::WealthManager, QStringLiteral("sync-test-1"),
                                       m_branchId);
    QVERIFY(user);
    QVERIFY(m_server.addAccount(QStringLiteral("wang"), m_branchId, StaffRole::WealthManager,
                                QStringLiteral("sync-test-1")));
    edit(m_b, QStringLiteral("occupation"), QStringLiteral("律师"));
    QProcess admin;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("BRANCHDESK_PASSWORD"), QStringLiteral("sync-test-1"));
    admin.setProcessEnvironment(environment);
    const QStringList arguments{QStringLiteral("sync"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("b.db")),
                                QStringLiteral("--user"), QStringLiteral("wang"), QStringLiteral("--json"),
                                QStringLiteral("--server"), m_server.url().toString()};
    admin.start(QStringLiteral(BRANCHDESK_ADMIN_BINARY), arguments);
    QVERIFY(admin.waitForFinished(60000));
    QCOMPARE(admin.exitCode(), 0);
    const QJsonObject report = QJsonDocument::fromJson(admin.readAllStandardOutput()).object();
    QVERIFY(report.value(QStringLiteral("ok")).toBool());
    QCOMPARE(report.value(QStringLiteral("pushed")).toInt(), 1); // the occupation
    // A wealth manager may not create staff accounts: the server refused that change, and
    // it is kept with the reason instead of being sent again and again.
    QVERIFY(report.value(QStringLiteral("refused")).toInt() >= 1);
    QCOMPARE(ChangeRecorder::pendingCount(m_b), 0);
    QVERIFY(count(m_b, QStringLiteral("SELECT count(*) FROM sync_outbox WHERE table_name = 'staff_user' "
                                      "AND refused_reason LIKE '%may not%'")) >= 1);

    // With the server gone the command fails clearly and keeps what waits.
    m_server.stopServer();
    edit(m_b, QStringLiteral("occupation"), QStringLiteral("医生"));
    admin.start(QStringLiteral(BRANCHDESK_ADMIN_BINARY), arguments);
    QVERIFY(admin.waitForFinished(60000));
    QCOMPARE(admin.exitCode(), 1);
    QVERIFY(QJsonDocument::fromJson(admin.readAllStandardOutput()).object()
                    .value(QStringLiteral("error")).toString().contains(QStringLiteral("cannot be reached")));
    QCOMPARE(ChangeRecorder::pendingCount(m_b), 1);
    QVERIFY(m_server.startServer());
}

QTEST_GUILESS_MAIN(tst_SyncEngine)
#include "tst_sync_engine.moc"
