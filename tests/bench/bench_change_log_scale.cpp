// A pull costs the same for a branch whether the server holds few branches or many (issue
// #19): one branch's pulls over HTTP, timed with SMALL branches' logs in PostgreSQL and
// again after LARGE branches' logs are there (each branch CHANGES changes; generated with
// INSERT ... SELECT FROM generate_series, not through HTTP). The log is found through its
// primary key (branch_id, seq), so only the key's depth grows. Prints p50/p95 of both and
// the ratio; fails above 1.5.
//   BRANCHDESK_BENCH_BRANCHES=10,500 BRANCHDESK_BENCH_CHANGES=40000 (20 million changes)
//       QTEST_FUNCTION_TIMEOUT=7200000 build/tests/bench/bench_change_log_scale
// Defaults (ctest): 10 and 50 branches of 2,000 changes.
#include "../common/SyncServerFixture.h"
#include "../common/SyncTraffic.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

using namespace bd;

namespace {
struct Latency
{
    double p50 = 0;
    double p95 = 0;
    double tailP50 = 0; // a workstation's usual pull: the last few changes
};

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(std::min(values.size() - 1, qsizetype(p * double(values.size()))));
}

QString branchId(int i)
{
    return QStringLiteral("scale-%1").arg(i, 5, 10, QLatin1Char('0'));
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2)
                                          : QString();
}
} // namespace

class bench_ChangeLogScale : public QObject
{
    Q_OBJECT

private slots:
    void pullCostDoesNotGrowWithOtherBranches();

private:
    bool exec(const QString &sql);
    // Branches [first, last] with `changes` changes each, straight into the tables.
    bool generate(int first, int last, int changes);
    Latency measure(const QUrl &server, int changes, int pulls);

    QSqlDatabase m_db;
};

bool bench_ChangeLogScale::exec(const QString &sql)
{
    QSqlQuery query(m_db);
    if (query.exec(sql))
        return true;
    qWarning("%s: %s", qPrintable(sql.left(120)), qPrintable(query.lastError().text()));
    return false;
}

bool bench_ChangeLogScale::generate(int first, int last, int changes)
{
    // As a restore would: the secondary indexes and foreign keys aside for the load, then
    // made again; the primary key (branch_id, seq) stays all along.
    return exec(QStringLiteral("SET maintenance_work_mem = '1GB'"))
            && exec(QStringLiteral("SET session_replication_role = replica"))
            && exec(QStringLiteral("INSERT INTO branch(id, code, name) SELECT 'scale-' || lpad(b::text, 5, '0'), "
                                   "'S' || b, 'Scale ' || b FROM generate_series(%1, %2) b").arg(first).arg(last))
            && exec(QStringLiteral("INSERT INTO branch_change_counter(branch_id, next_seq) SELECT "
                                   "'scale-' || lpad(b::text, 5, '0'), %3 + 1 FROM generate_series(%1, %2) b")
                            .arg(first).arg(last).arg(changes))
            && exec(QStringLiteral("ALTER TABLE change_log DROP CONSTRAINT change_log_change_id_key"))
            && exec(QStringLiteral("DROP INDEX change_log_row"))
            && exec(QStringLiteral(
                       "INSERT INTO change_log(branch_id, seq, change_id, table_name, row_id, op, fields, "
                       "base_version, hlc, origin_node, schema_version, received_at) "
                       "SELECT 'scale-' || lpad(b::text, 5, '0'), s, md5(b || '/' || s)::uuid, 'interaction', "
                       "'r' || b || '-' || (s % 997), 'upsert', jsonb_build_object('note', 'visit ' || s, "
                       "'channel', 'phone'), 0, lpad(s::text, 16, '0') || '-00000-n' || b, 'n' || b, 18, "
                       "now() - make_interval(secs => %3 - s) "
                       "FROM generate_series(%1, %2) b, generate_series(1, %3) s")
                               .arg(first).arg(last).arg(changes))
            && exec(QStringLiteral("ALTER TABLE change_log ADD CONSTRAINT change_log_change_id_key UNIQUE (change_id)"))
            && exec(QStringLiteral("CREATE INDEX change_log_row ON change_log(table_name, row_id)"))
            && exec(QStringLiteral("SET session_replication_role = origin"))
            && exec(QStringLiteral("VACUUM ANALYZE change_log"))
            // The load's dirty pages written out now, not during the timed pulls.
            && exec(QStringLiteral("CHECKPOINT"));
}

Latency bench_ChangeLogScale::measure(const QUrl &server, int changes, int pulls)
{
    test::SimulatedWorkstation station(server, branchId(1), QStringLiteral("bench"));
    station.setToken(QCryptographicHash::hash("bench", QCryptographicHash::Sha256).toHex());
    station.retryForMs = 0;
    QList<double> pages;
    QList<double> tails;
    QRandomGenerator random(19);
    for (int i = 0; i < pulls; ++i) {
        // A page of 1,000 from anywhere in the log, then the last 10.
        station.setCursor(random.bounded(std::max(1, changes - 1000)));
        const auto page = station.pull(1000);
        if (!page.ok)
            return {};
        pages << double(page.ms);
        station.setCursor(changes - 10);
        const auto tail = station.pull(1000);
        if (!tail.ok || tail.changes.size() != 10)
            return {};
        tails << double(tail.ms);
    }
    return { percentile(pages, 0.5), percentile(pages, 0.95), percentile(tails, 0.5) };
}

void bench_ChangeLogScale::pullCostDoesNotGrowWithOtherBranches()
{
    const QStringList counts = qEnvironmentVariable("BRANCHDESK_BENCH_BRANCHES", QStringLiteral("10,50"))
                                       .split(QLatin1Char(','));
    const int small = counts.value(0).toInt();
    const int large = counts.value(1).toInt();
    const int changes = qEnvironmentVariableIntValue("BRANCHDESK_BENCH_CHANGES") > 0
            ? qEnvironmentVariableIntValue("BRANCHDESK_BENCH_CHANGES")
            : 2000;
    const int pulls = qEnvironmentVariableIntValue("BRANCHDESK_BENCH_PULLS") > 0
            ? qEnvironmentVariableIntValue("BRANCHDESK_BENCH_PULLS")
            : 100;
    QVERIFY(small > 0 && large > small && changes >= 1000);
    test::SyncServerFixture server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    m_db = server.openDirect(QStringLiteral("bench"));
    QVERIFY(m_db.isOpen());

    QElapsedTimer clock;
    clock.start();
    QVERIFY(generate(1, small, changes));
    QVERIFY(exec(QStringLiteral("INSERT INTO staff_account(username, branch_id, role, password_hash) "
                                "VALUES ('bench', '%1', 'branch_head', 'none')").arg(branchId(1))));
    QVERIFY(exec(QStringLiteral("INSERT INTO access_token(token_hash, username, expires_at) VALUES "
                                "('%1', 'bench', now() + interval '1 day')")
                         .arg(QString::fromLatin1(QCryptographicHash::hash(
                                 QCryptographicHash::hash("bench", QCryptographicHash::Sha256).toHex(),
                                 QCryptographicHash::Sha256).toHex()))));
    const qint64 smallMs = clock.restart();
    measure(server.url(), changes, 20); // warm up
    const Latency few = measure(server.url(), changes, pulls);
    QVERIFY2(few.p50 > 0 || few.tailP50 >= 0, "the pulls failed");
    const QString loadFew = loadAverage();

    QVERIFY(generate(small + 1, large, changes));
    const qint64 largeMs = clock.restart();
    ::sync();
    QTest::qWait(5000); // the disk settles after writing gigabytes
    measure(server.url(), changes, 20);
    const Latency many = measure(server.url(), changes, pulls);
    const QString loadMany = loadAverage();
    QSqlQuery size(m_db);
    QVERIFY(size.exec(QStringLiteral("SELECT count(*), pg_total_relation_size('change_log') FROM change_log")));
    QVERIFY(size.next());

    const double ratio = many.p50 / std::max(0.5, few.p50);
    std::printf("change log scale: pulls of 1000 changes of one branch (%d changes), %d pulls each\n"
                "  %5d branches, %9d changes (generated in %lld s): p50 %.1f ms  p95 %.1f ms  "
                "last-10 p50 %.1f ms  (load %s)\n"
                "  %5d branches, %9lld changes (generated in %lld s): p50 %.1f ms  p95 %.1f ms  "
                "last-10 p50 %.1f ms  (load %s)\n"
                "  change_log %lld MB; ratio p50 %.2f, p95 %.2f, last-10 %.2f\n",
                changes, pulls, small, small * changes, smallMs / 1000, few.p50, few.p95, few.tailP50,
                qPrintable(loadFew), large, size.value(0).toLongLong(), largeMs / 1000, many.p50,
                many.p95, many.tailP50, qPrintable(loadMany),
                size.value(1).toLongLong() / (1024 * 1024), ratio,
                many.p95 / std::max(0.5, few.p95), many.tailP50 / std::max(0.5, few.tailP50));
    QVERIFY2(ratio < 1.5, "a pull costs more with more branches on the server");
}

QTEST_GUILESS_MAIN(bench_ChangeLogScale)
#include "bench_change_log_scale.moc"
