// Sync throughput on loopback against a real server over PostgreSQL: push N changes from
// a workstation, pull them into a second one; compared with the raw engines doing the
// same storage work (PostgreSQL inserts of the change rows, SQLite updates of the rows).
// N from BRANCHDESK_BENCH_CHANGES (default 10000). BRANCHDESK_BENCH_SERVER_STORE=sqlite runs
// the server on its embedded SQLite store instead (push and pull only).
#include "../common/SmallBranchFixture.h"
#include "../common/SyncServerFixture.h"

#include "app/domain/Uuid7.h"
#include "app/sync/SyncEngine.h"
#include "database/core/Transaction.h"
#include "database/customers/CustomerRepository.h"
#include "database/sync/ChangeRecorder.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace bd;

class bench_Sync : public QObject
{
    Q_OBJECT

private slots:
    void pushAndPull();
};

void bench_Sync::pushAndPull()
{
    const int n = qEnvironmentVariableIntValue("BRANCHDESK_BENCH_CHANGES") > 0
            ? qEnvironmentVariableIntValue("BRANCHDESK_BENCH_CHANGES")
            : 10000;
    const bool embedded = qgetenv("BRANCHDESK_BENCH_SERVER_STORE") == "sqlite";
    test::SyncServerFixture server(embedded ? ServerStore::Settings::Driver::Sqlite
                                            : ServerStore::Settings::Driver::Postgres);
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    QTemporaryDir dir;
    Store a;
    Store b;
    QVERIFY(a.open(dir.filePath(QStringLiteral("a.db"))));
    QVERIFY(b.open(dir.filePath(QStringLiteral("b.db"))));
    const test::SmallBranch branch = test::makeSmallBranch(a);
    QVERIFY(test::SyncServerFixture::addLocalBranch(b, branch.branchId, QStringLiteral("310101")));
    QVERIFY(server.addBranch(branch.branchId, QStringLiteral("310101")));
    QVERIFY(server.addAccount(QStringLiteral("wealth"), branch.branchId, StaffRole::WealthManager,
                              test::kPassword));
    {
        // B must know the customers the changes touch: copy them as set-up would.
        QSqlQuery copy(b.database());
        QVERIFY(copy.exec(QStringLiteral("ATTACH DATABASE '%1' AS a").arg(dir.filePath(QStringLiteral("a.db")))));
        QVERIFY(copy.exec(QStringLiteral("INSERT INTO staff_user SELECT * FROM a.staff_user")));
        QVERIFY(copy.exec(QStringLiteral("INSERT INTO customer SELECT * FROM a.customer")));
        QVERIFY(copy.exec(QStringLiteral("DETACH DATABASE a")));
    }
    // The set-up's own outbox rows (users) are not part of the measurement.
    QSqlQuery(a.database()).exec(QStringLiteral("UPDATE sync_outbox SET pushed_at = 'set-up'"));

    // N edits of customer fields, as staff would make them over a day at a busy branch.
    {
        Transaction transaction(a.database());
        CustomerRepository customers(a);
        for (int i = 0; i < n; ++i) {
            const QString id = i % 2 ? branch.customerId : branch.otherCustomerId;
            const auto row = customers.details(id);
            QVERIFY(row);
            customers.update(id, {{QStringLiteral("occupation"), QStringLiteral("occupation-%1").arg(i)}},
                             row->value(QStringLiteral("version")).toInt());
        }
        QVERIFY(transaction.commit());
    }
    QCOMPARE(ChangeRecorder::pendingCount(a), n);

    QElapsedTimer timer;
    timer.start();
    SyncEngine pusher(a, server.url(), QStringLiteral("wealth"), test::kPassword);
    const SyncEngine::Report pushed = pusher.syncOnce();
    const qint64 pushMs = timer.elapsed();
    QVERIFY2(pushed.ok, qPrintable(pushed.error));
    QCOMPARE(pushed.pushed, n);

    timer.restart();
    SyncEngine puller(b, server.url(), QStringLiteral("wealth"), test::kPassword);
    const SyncEngine::Report pulled = puller.syncOnce();
    const qint64 pullMs = timer.elapsed();
    QVERIFY2(pulled.ok, qPrintable(pulled.error));
    QVERIFY(pulled.pulled >= n);
    if (embedded) {
        std::printf("sync of %d changes on loopback, embedded SQLite server store: push %lld ms "
                    "(%.0f changes/s), pull+apply %lld ms (%.0f changes/s)\n",
                    n, pushMs, n * 1000.0 / qMax<qint64>(1, pushMs), pullMs,
                    n * 1000.0 / qMax<qint64>(1, pullMs));
        return;
    }

    // Raw engine: the same number of change rows inserted into PostgreSQL in one
    // transaction through prepared statements, no HTTP, no checks.
    QSqlDatabase pg = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("raw"));
    pg.setHostName(QStringLiteral("127.0.0.1"));
    pg.setPort(server.databasePort());
    pg.setDatabaseName(test::PostgresCluster::database());
    pg.setUserName(test::PostgresCluster::user());
    QVERIFY(pg.open());
    timer.restart();
    pg.transaction();
    QSqlQuery raw(pg);
    raw.prepare(QStringLiteral("INSERT INTO change_log(branch_id, seq, change_id, table_name, row_id, op, "
                               "fields, base_version, hlc, origin_node, schema_version) VALUES "
                               "(?, ?, ?::uuid, 'customer', 'x', 'upsert', '{\"occupation\":\"x\"}'::jsonb, 1, 'h', 'n', 7)"));
    Uuid7Generator ids(7);
    for (int i = 0; i < n; ++i) {
        raw.bindValue(0, branch.branchId);
        raw.bindValue(1, qint64(1'000'000 + i));
        raw.bindValue(2, ids.next());
        QVERIFY(raw.exec());
    }
    pg.commit();
    const qint64 rawMs = timer.elapsed();
    pg.close();
    pg = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));

    std::printf("sync of %d changes on loopback: push %lld ms (%.0f changes/s), pull+apply %lld ms "
                "(%.0f changes/s); raw PostgreSQL inserts of the same rows %lld ms; push/raw = %.2f\n",
                n, pushMs, n * 1000.0 / qMax<qint64>(1, pushMs), pullMs,
                n * 1000.0 / qMax<qint64>(1, pullMs), rawMs, double(pushMs) / qMax<qint64>(1, rawMs));
}

QTEST_GUILESS_MAIN(bench_Sync)
#include "bench_sync.moc"
