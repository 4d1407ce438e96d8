// Sync throughput on loopback against a real server over PostgreSQL: push N changes from
// a workstation, pull them into a second one; compared with the raw engines doing the
// same storage work (PostgreSQL inserts of the change rows, SQLite updates of the rows).
// N from BRANCHDESK_BENCH_CHANGES (default 10000). BRANCHDESK_BENCH_SERVER_STORE=sqlite runs
// the server on its embedded SQLite store instead (push and pull only).
#include "../common/SmallBranchFixture.h"
#include "../common/SyncServerFixture.h"

#include "app/domain/HybridLogicalClock.h"
#include "app/domain/Uuid7.h"
#include "app/sync/SyncEngine.h"
#include "database/core/Transaction.h"
#include "database/search/CustomerSearchIndex.h"
#include "database/sync/PulledBatch.h"
#include "database/customers/CustomerRepository.h"
#include "database/sync/ChangeRecorder.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace bd;

namespace {
double cpuMsSince(std::clock_t start)
{
    return double(std::clock() - start) * 1000.0 / CLOCKS_PER_SEC;
}
} // namespace

class bench_Sync : public QObject
{
    Q_OBJECT

private slots:
    void pushAndPull();
    void applyNewCustomers();
    void recordEdits();
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

// Issue 13, defect 10: a pulled batch of N new customers (as an import elsewhere sends
// them) applied on a workstation the way ChangePull does (PulledBatch, with the search keys
// following), against plain SQLite inserts of the same rows into the same schema.
void bench_Sync::applyNewCustomers()
{
    const int n = qEnvironmentVariableIntValue("BRANCHDESK_BENCH_CHANGES") > 0
            ? qEnvironmentVariableIntValue("BRANCHDESK_BENCH_CHANGES")
            : 10000;
    QTemporaryDir dir;
    const QString branchId = Uuid7Generator::generate();
    const QString node = Uuid7Generator::generate();
    PulledBatch batch;
    batch.epoch = QStringLiteral("bench");
    batch.lastSeq = n;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const int schemaVersion = Store::latestSchemaVersion(); // reads the migration list
    for (int i = 0; i < n; ++i) {
        SyncChange change;
        change.changeId = Uuid7Generator::generate();
        change.table = QStringLiteral("customer");
        change.rowId = Uuid7Generator::generate();
        change.op = QStringLiteral("upsert");
        change.fields = QJsonObject{
                {QStringLiteral("branch_id"), branchId},
                {QStringLiteral("cif_no"), QStringLiteral("B%1").arg(i, 10, 10, QLatin1Char('0'))},
                {QStringLiteral("name"), QStringLiteral("导入客户%1").arg(i)},
                {QStringLiteral("gender"), i % 3 ? QJsonValue(QStringLiteral("F")) : QJsonValue()},
                {QStringLiteral("birth_date"), QStringLiteral("1980-01-01")},
                {QStringLiteral("phone"), QStringLiteral("138%1").arg(i, 8, 10, QLatin1Char('0'))},
                {QStringLiteral("address"), QStringLiteral("")},
                {QStringLiteral("occupation"), QStringLiteral("")},
                {QStringLiteral("annual_income_fen"), 0},
                {QStringLiteral("aum_fen"), 100000 + i},
                {QStringLiteral("tier"), QStringLiteral("ordinary")},
                {QStringLiteral("risk_level"), QJsonValue()},
                {QStringLiteral("manager_id"), QJsonValue()},
                {QStringLiteral("opened_on"), QStringLiteral("2026-01-01")}};
        change.hlc = HlcStamp{now, quint32(i), node}.toString();
        change.originNode = node;
        change.schemaVersion = schemaVersion;
        change.seq = i + 1;
        batch.changes << change;
    }

    Store b;
    QVERIFY(b.open(dir.filePath(QStringLiteral("b.db"))));
    QVERIFY(test::SyncServerFixture::addLocalBranch(b, branchId, QStringLiteral("310101")));
    QElapsedTimer timer;
    timer.start();
    // CPU time too: on a shared machine the wall time says more about the other users.
    const std::clock_t applyCpuStart = std::clock();
    // BRANCHDESK_BENCH_BATCH=1000 applies them as ChangePull gets them (1,000 changes per
    // answer, one transaction each); by default in one batch, as measured before.
    const int perBatch = qEnvironmentVariableIntValue("BRANCHDESK_BENCH_BATCH") > 0
            ? qEnvironmentVariableIntValue("BRANCHDESK_BENCH_BATCH")
            : n;
    std::clock_t keysCpu = 0; // of it, the search keys (ChangePull's callback)
    for (int from = 0; from < n; from += perBatch) {
        PulledBatch page = batch;
        page.changes = batch.changes.mid(from, perBatch);
        page.lastSeq = from + page.changes.size();
        const Result<PulledBatch::Applied> applied
                = page.apply(b, [&b, &keysCpu](const PulledBatch::Touched &touched) -> Result<> {
                      const std::clock_t keysStart = std::clock();
                      const Result<> keyed = CustomerSearchIndex(b).update(touched.customers.values());
                      keysCpu += std::clock() - keysStart;
                      return keyed;
                  });
        QVERIFY2(applied, qPrintable(applied.errorString()));
        QCOMPARE(applied->pulled, int(page.changes.size()));
        QCOMPARE(applied->conflicts, 0);
    }
    const qint64 applyMs = timer.elapsed();
    const double applyCpuMs = cpuMsSince(applyCpuStart);
    const double keysCpuMs = double(keysCpu) * 1000.0 / CLOCKS_PER_SEC;
    // What the apply wrote besides the rows: clock rows and search keys, per customer and
    // by kind of key (the prefix before ':'), the two things left to write less of.
    QSqlQuery written(b.database());
    QVERIFY(written.exec(QStringLiteral(
            "SELECT (SELECT count(*) FROM sync_field_clock WHERE table_name = 'customer'), "
            "(SELECT count(*) FROM customer_search_key), (SELECT group_concat(kind || ' ' || n, "
            "', ') FROM (SELECT substr(key, 1, instr(key, ':')) AS kind, count(*) AS n FROM "
            "customer_search_key GROUP BY kind ORDER BY n DESC))")));
    QVERIFY(written.next());
    std::printf("written per customer: %.1f clock rows, %.1f search keys (%s)\n",
                written.value(0).toDouble() / n, written.value(1).toDouble() / n,
                qPrintable(written.value(2).toString()));
    written.finish();

    // Plain SQLite: the same rows into the same schema, one prepared INSERT, one transaction.
    Store plain;
    QVERIFY(plain.open(dir.filePath(QStringLiteral("plain.db"))));
    QVERIFY(test::SyncServerFixture::addLocalBranch(plain, branchId, QStringLiteral("310101")));
    const QStringList columns = batch.changes.first().fields.keys();
    timer.restart();
    const std::clock_t plainCpuStart = std::clock();
    {
        Transaction transaction(plain.database());
        QSqlQuery insert(plain.database());
        insert.prepare(QStringLiteral("INSERT INTO customer(id, created_at, updated_at, %1) "
                                      "VALUES (?, '2026-01-01', '2026-01-01', %2)")
                               .arg(columns.join(QLatin1Char(',')),
                                    QStringList(columns.size(), QStringLiteral("?"))
                                            .join(QLatin1Char(','))));
        for (const SyncChange &change : std::as_const(batch.changes)) {
            insert.bindValue(0, change.rowId);
            for (int c = 0; c < columns.size(); ++c)
                insert.bindValue(c + 1, change.fields.value(columns.at(c)).toVariant());
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        }
        QVERIFY(transaction.commit());
    }
    const qint64 plainMs = timer.elapsed();
    const double plainCpuMs = cpuMsSince(plainCpuStart);
    const double rate = n * 1000.0 / qMax<qint64>(1, applyMs);
    std::printf("pull-apply of %d new customers in batches of %d: %lld ms (%.0f changes/s, "
                "search keys included); plain SQLite inserts of the same rows %lld ms; apply/plain = %.1f\n"
                "CPU time: pull-apply %.0f ms (%.0f changes/s; search keys %.0f ms of it), "
                "plain inserts %.0f ms; apply/plain = %.1f\n",
                n, perBatch, applyMs, rate, plainMs, double(applyMs) / qMax<qint64>(1, plainMs),
                applyCpuMs, n * 1000.0 / std::max(1.0, applyCpuMs), keysCpuMs, plainCpuMs,
                applyCpuMs / std::max(1.0, plainCpuMs));
}

// Issue 13, fault run defect 1: every recorded edit is stamped after the clocks its row's
// fields hold and the file's hlc_last (two reads more per change). N edits of one field of
// two customers, as the desk's write path makes them, in one transaction.
void bench_Sync::recordEdits()
{
    const int n = qEnvironmentVariableIntValue("BRANCHDESK_BENCH_CHANGES") > 0
            ? qEnvironmentVariableIntValue("BRANCHDESK_BENCH_CHANGES")
            : 10000;
    QTemporaryDir dir;
    Store a;
    QVERIFY(a.open(dir.filePath(QStringLiteral("a.db"))));
    const test::SmallBranch branch = test::makeSmallBranch(a);
    CustomerRepository customers(a);
    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    {
        Transaction transaction(a.database());
        for (int i = 0; i < n; ++i) {
            const QString id = i % 2 ? branch.customerId : branch.otherCustomerId;
            const auto updated = customers.update(
                    id, {{QStringLiteral("occupation"), QStringLiteral("occupation-%1").arg(i)}},
                    i / 2 + 1);
            QVERIFY(updated && *updated == CustomerRepository::UpdateResult::Updated);
        }
        QVERIFY(transaction.commit());
    }
    const qint64 ms = timer.elapsed();
    const double cpuMs = cpuMsSince(cpuStart);
    std::printf("%d recorded customer edits: %lld ms (%.0f edits/s); CPU %.0f ms (%.0f edits/s)\n",
                n, ms, n * 1000.0 / qMax<qint64>(1, ms), cpuMs, n * 1000.0 / qMax(1.0, cpuMs));
}

QTEST_GUILESS_MAIN(bench_Sync)
#include "bench_sync.moc"
