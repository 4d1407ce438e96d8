// The initial download of a branch on loopback: a demo branch of N customers (with
// holdings, transactions, events and everything else the generator makes) is imported
// into a real branchdesk-server over PostgreSQL with `import-branch`, then a new, empty
// workstation starts from the branch's snapshot made at the import (download, checksum,
// node id, inspection, first round); raw-engine baseline: a plain copy of the same file.
// The page-by-page fallback is measured too (always for a generated branch, for a kept
// file with BRANCHDESK_BENCH_PAGES=1), against raw prepared INSERTs of the same rows.
// Then one change made on the source workstation is pushed, and the time of the other
// workstation's next sync round that shows it is measured.
// N from BRANCHDESK_BENCH_CUSTOMERS (default 2000), or an existing demo branch file from
// BRANCHDESK_BENCH_DB; BRANCHDESK_BENCH_DIR for the files. Big runs need a longer
// QTEST_FUNCTION_TIMEOUT (milliseconds) than Qt Test's 300 s.
#include "../common/ResultAssert.h"
#include "../common/SyncServerFixture.h"
#include "app/demo/DemoBranchGenerator.h"
#include "app/sync/SnapshotDownload.h"
#include "app/sync/SyncEngine.h"
#include "database/baseline/BaselinePage.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/customers/CustomerRepository.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace bd;

class bench_SyncBaseline : public QObject
{
    Q_OBJECT

private slots:
    void initialPull();
};

void bench_SyncBaseline::initialPull()
{
    const int customers = qEnvironmentVariableIntValue("BRANCHDESK_BENCH_CUSTOMERS") > 0
            ? qEnvironmentVariableIntValue("BRANCHDESK_BENCH_CUSTOMERS")
            : 2000;
    QTemporaryDir dir(qEnvironmentVariableIsSet("BRANCHDESK_BENCH_DIR")
                              ? qEnvironmentVariable("BRANCHDESK_BENCH_DIR")
                                      + QStringLiteral("/bench-baseline-XXXXXX")
                              : QDir::tempPath() + QStringLiteral("/bench-baseline-XXXXXX"));
    test::SyncServerFixture server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));

    // BRANCHDESK_BENCH_DB: a demo branch made once (`branchdesk-admin demo`), copied here
    // because the measurement edits it.
    const QString sourcePath = dir.filePath(QStringLiteral("source.db"));
    const QString kept = qEnvironmentVariable("BRANCHDESK_BENCH_DB");
    if (!kept.isEmpty())
        QVERIFY2(QFile::copy(kept, sourcePath), qPrintable(kept));
    Store source;
    QVERIFY(source.open(sourcePath));
    QElapsedTimer timer;
    timer.start();
    if (kept.isEmpty()) {
        DemoBranchGenerator generator;
        DemoBranchGenerator::Options options;
        options.customers = customers;
        QVERIFY_RESULT(generator.generate(source, options));
        std::printf("generated %d customers, %lld rows in %lld ms\n", customers,
                    generator.rowsWritten(), timer.elapsed());
        std::fflush(stdout);
    }

    timer.restart();
    QProcess import;
    import.setProcessEnvironment(test::SyncServerFixture::demoImportEnvironment());
    import.start(QStringLiteral(BRANCHDESK_SERVER_BINARY),
                 { QStringLiteral("--pg-port"), QString::number(server.databasePort()),
                   QStringLiteral("--pg-database"), test::PostgresCluster::database(),
                   QStringLiteral("--pg-user"), test::PostgresCluster::user(),
                   QStringLiteral("--snapshot-dir"), server.snapshotDir(),
                   QStringLiteral("import-branch"), source.path() });
    QVERIFY(import.waitForFinished(1800000));
    QVERIFY2(import.exitCode() == 0, import.readAllStandardError().constData());
    const qint64 importMs = timer.elapsed();
    std::printf("import-branch: %s (%lld ms)\n",
                import.readAllStandardOutput().trimmed().constData(), importMs);
    std::fflush(stdout);

    QSqlQuery branch(source.database());
    QVERIFY(branch.exec(QStringLiteral("SELECT id FROM branch")) && branch.next());
    const QString branchId = branch.value(0).toString();
    branch.finish();
    QVERIFY(server.addAccount(QStringLiteral("wm.bench"), branchId, StaffRole::WealthManager,
                              QStringLiteral("bench-pass-1")));

    // A new, empty workstation: the branch's snapshot (download, checksum, node id, Store
    // inspection and migrations, cursor), then its first sync round catches up.
    const QString snapshotPath = dir.filePath(QStringLiteral("fresh.db"));
    timer.restart();
    SnapshotDownload download(server.url(), QStringLiteral("wm.bench"),
                              QStringLiteral("bench-pass-1"));
    const Result<SnapshotDownload::Outcome> installed = download.install(snapshotPath);
    QVERIFY2(installed, qPrintable(installed.errorString()));
    QCOMPARE(*installed, SnapshotDownload::Outcome::Installed);
    Store fresh;
    QVERIFY(fresh.open(snapshotPath));
    const qint64 openedMs = timer.elapsed();
    SyncEngine engine(fresh, server.url(), QStringLiteral("wm.bench"),
                      QStringLiteral("bench-pass-1"));
    const SyncEngine::Report report = engine.syncOnce();
    const qint64 pullMs = timer.elapsed();
    QVERIFY2(report.ok, qPrintable(report.error));
    QCOMPARE(report.baselineRows, 0);
    QSqlQuery counted(fresh.database());
    QSqlQuery sourceCount(source.database());
    QVERIFY(sourceCount.exec(QStringLiteral("SELECT count(*) FROM customer"))
            && sourceCount.next());
    QVERIFY(counted.exec(QStringLiteral("SELECT count(*) FROM customer")) && counted.next());
    QCOMPARE(counted.value(0).toInt(), sourceCount.value(0).toInt());
    const int customersPulled = counted.value(0).toInt();
    counted.finish();
    sourceCount.finish();

    // Raw engine for the snapshot: a plain copy of the same file on this disk.
    timer.restart();
    QVERIFY(QFile::copy(server.snapshotDir() + QLatin1Char('/') + branchId
                                + QStringLiteral(".sqlite"),
                        dir.filePath(QStringLiteral("copy.sqlite"))));
    const qint64 copyMs = timer.elapsed();
    QFile::remove(dir.filePath(QStringLiteral("copy.sqlite")));
    std::printf("initial pull of a %d-customer branch via its snapshot (%lld MB) on loopback: "
                "%lld ms (download and checksum %lld ms, node id/inspection/migrations/rename "
                "%lld ms, open %lld ms, first sync round %lld ms); raw file copy %lld ms; "
                "pull/raw = %.2f\n",
                customersPulled, download.bytes / (1024 * 1024), pullMs, download.downloadMs,
                download.prepareMs, openedMs - download.downloadMs - download.prepareMs,
                pullMs - openedMs, copyMs, double(pullMs) / qMax<qint64>(1, copyMs));
    std::fflush(stdout);

    // The fallback, page by page (a workstation that is not empty, or no snapshot): by
    // default only for a generated branch (small); BRANCHDESK_BENCH_PAGES=1 for a big one.
    if (kept.isEmpty() || qEnvironmentVariableIntValue("BRANCHDESK_BENCH_PAGES") > 0) {
        Store paged;
        QVERIFY(paged.open(dir.filePath(QStringLiteral("paged.db"))));
        timer.restart();
        SyncEngine pager(paged, server.url(), QStringLiteral("wm.bench"),
                         QStringLiteral("bench-pass-1"));
        const SyncEngine::Report pages = pager.syncOnce();
        const qint64 pagesMs = timer.elapsed();
        QVERIFY2(pages.ok, qPrintable(pages.error));

        // Raw engine: the same rows from the source file into an empty store in one
        // transaction, prepared INSERTs through the same C API, no HTTP and no paging.
        Store raw;
        QVERIFY(raw.open(dir.filePath(QStringLiteral("raw.db"))));
        QSqlQuery attach(raw.database());
        QVERIFY(attach.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
        timer.restart();
        {
            BaselinePage::Reader reader(source.path(), 1 << 30);
            Transaction transaction(raw.database());
            QString table;
            int rows = 0;
            QByteArray body;
            qint64 total = 0;
            while (reader.next(&table, &rows, &body)) {
                QString error;
                total += BaselinePage::apply(Store::nativeHandle(raw.database()), body, &table,
                                             &error);
            }
            QVERIFY(transaction.commit());
            QCOMPARE(total, pages.baselineRows);
        }
        const qint64 rawMs = timer.elapsed();
        std::printf("fallback, page by page (%lld rows, search index included): %lld ms "
                    "(%.0f rows/s); raw SQLite insert of the same rows %lld ms; pull/raw = %.2f\n",
                    pages.baselineRows, pagesMs,
                    pages.baselineRows * 1000.0 / qMax<qint64>(1, pagesMs), rawMs,
                    double(pagesMs) / qMax<qint64>(1, rawMs));
        std::fflush(stdout);
    }

    // One change on the source workstation, pushed; then the fresh workstation's next
    // round. The source published the baseline, so it starts from it (its sync state is
    // set as the download set the fresh one's).
    {
        QSqlQuery state(fresh.database());
        QVERIFY(state.exec(
                QStringLiteral("SELECT key, value FROM sync_state WHERE key IN "
                               "('cursor', 'baseline_done', 'baseline_id', 'baseline_page')")));
        QSqlQuery copy(source.database());
        copy.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_state(key, value) VALUES (?, ?)"));
        while (state.next()) {
            copy.addBindValue(state.value(0));
            copy.addBindValue(state.value(1));
            QVERIFY(copy.exec());
        }
    }
    QSqlQuery pick(source.database());
    QVERIFY(pick.exec(QStringLiteral("SELECT id, version FROM customer LIMIT 1")) && pick.next());
    const QString customerId = pick.value(0).toString();
    const int version = pick.value(1).toInt();
    pick.finish();
    {
        Transaction transaction(source.database());
        CustomerRepository repository(source);
        QCOMPARE(repository.update(customerId,
                                   { { QStringLiteral("occupation"), QStringLiteral("bench") } },
                                   version),
                 CustomerRepository::UpdateResult::Updated);
        QVERIFY(transaction.commit());
    }
    SyncEngine pusher(source, server.url(), QStringLiteral("wm.bench"),
                      QStringLiteral("bench-pass-1"));
    const SyncEngine::Report pushed = pusher.syncOnce();
    QVERIFY2(pushed.ok, qPrintable(pushed.error));
    QCOMPARE(pushed.pushed, 1);
    timer.restart();
    const SyncEngine::Report next = engine.syncOnce();
    const qint64 nextMs = timer.elapsed();
    QVERIFY2(next.ok, qPrintable(next.error));
    QCOMPARE(next.pulled, 1);

    std::printf("one change from A visible on B: B's next sync round took %lld ms\n", nextMs);
}

QTEST_GUILESS_MAIN(bench_SyncBaseline)
#include "bench_sync_baseline.moc"
