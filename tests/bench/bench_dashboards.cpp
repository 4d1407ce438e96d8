// Dashboard figures at branch size: the time of each DashboardService figure for the whole
// branch and for the largest manager's book (median of 3 warm runs), and the ratio of the
// tier count and the AUM trend to the same SQL stepped through the sqlite3 C API. Environment
// as in bench_customer_search (BRANCHDESK_BENCH_CUSTOMERS or BRANCHDESK_BENCH_DB), plus
// BRANCHDESK_BENCH_OLD_TREND=1 to time the trend's pre-rollup aggregate once.
#include "BenchBranch.h"
#include "app/services/dashboards/DashboardService.h"


#include <sqlite3.h>

#include <ctime>
#include <functional>

using namespace bd;

namespace {

// CPU time of the process (the figures run on this thread; nothing else is busy).
double cpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

double medianMs(const std::function<bool()> &figure, bool &ok, double *medianCpuMs = nullptr)
{
    std::vector<double> times;
    std::vector<double> cpu;
    QElapsedTimer timer;
    for (int run = 0; run < 3; ++run) {
        const double cpuStart = cpuMs();
        timer.start();
        ok = figure() && ok;
        times.push_back(timer.nsecsElapsed() / 1e6);
        cpu.push_back(cpuMs() - cpuStart);
    }
    if (medianCpuMs)
        *medianCpuMs = bench::percentile(cpu, 0.5);
    return bench::percentile(times, 0.5);
}

// The same statement through the C API: prepare, bind text, step every row.
bool rawRun(Store &store, const char *sql, const QStringList &values)
{
    sqlite3 *db = Store::nativeHandle(store.database());
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK)
        return false;
    for (int i = 0; i < values.size(); ++i) {
        const QByteArray utf8 = values.at(i).toUtf8();
        sqlite3_bind_text(statement, i + 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    int rc;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
    }
    sqlite3_finalize(statement);
    return rc == SQLITE_DONE;
}

} // namespace

static int measure(bench::Branch &branch, QTextStream &out)
{
    const QDate today = QDate::currentDate();
    DashboardService service(branch.store, *branch.session);
    const DashboardScope whole = service.defaultScope();
    QString biggest;
    QSqlQuery manager(branch.store.database());
    if (manager.exec(QStringLiteral("SELECT manager_id FROM customer WHERE manager_id IS NOT NULL "
                                    "GROUP BY manager_id ORDER BY COUNT(*) DESC LIMIT 1"))
        && manager.next())
        biggest = manager.value(0).toString();
    const DashboardScope book{whole.branchId, biggest};

    bool ok = true;
    for (const auto &[name, scope] : {std::pair{QStringLiteral("whole branch"), whole},
                                      std::pair{QStringLiteral("largest book"), book}}) {
        QList<std::pair<QString, double>> figures;
        QMap<QString, int> tiers;
        figures << std::pair{QStringLiteral("tiers"), medianMs([&] {
                                 const auto counts = service.tierDistribution(scope);
                                 tiers = counts.valueOr(QMap<QString, int>());
                                 return counts.ok();
                             }, ok)};
        figures << std::pair{QStringLiteral("lifecycle"), medianMs([&] {
                                 return service.lifecycleDistribution(scope).ok();
                             }, ok)};
        figures << std::pair{QStringLiteral("referrals"), medianMs([&] {
                                 return service.referralFunnel(scope, today).ok();
                             }, ok)};
        figures << std::pair{QStringLiteral("calls"), medianMs([&] {
                                 return service.callOutcomes(scope).ok();
                             }, ok)};
        figures << std::pair{QStringLiteral("kyc"), medianMs([&] {
                                 DashboardFigures kyc;
                                 return service.kycCoverage(scope, kyc).ok();
                             }, ok)};
        figures << std::pair{QStringLiteral("aum trend"), medianMs([&] {
                                 return service.aumTrend(scope, today).ok();
                             }, ok)};
        int customers = 0;
        for (int count : tiers)
            customers += count;
        out << name << " (" << customers << " customers):";
        double total = 0;
        for (const auto &[figure, ms] : figures) {
            out << ' ' << figure << ' ' << QString::number(ms, 'f', ms < 10 ? 2 : 1) << " ms,";
            total += ms;
        }
        out << " all " << QString::number(total, 'f', 1) << " ms" << Qt::endl;
    }

    // Ratios to the raw engine for the whole branch: the index-only count and the trend.
    const QStringList tierValues{whole.branchId};
    const double rawTiers = medianMs([&] {
        return rawRun(branch.store,
                      "SELECT c.tier, COUNT(*) FROM customer c INDEXED BY customer_dashboard "
                      "WHERE c.branch_id = ? AND c.deleted = 0 GROUP BY c.tier", tierValues);
    }, ok);
    const double ourTiers = medianMs([&] { return service.tierDistribution(whole).ok(); }, ok);
    const QString last = today.addMonths(-1).toString(QStringLiteral("yyyy-MM"));
    const QString first = today.addMonths(-12).toString(QStringLiteral("yyyy-MM"));
    const QStringList trendValues{whole.branchId, first, last};
    const double rawTrend = medianMs([&] {
        return rawRun(branch.store,
                      "SELECT month, SUM(aum_fen), SUM(customers) FROM aum_month_total "
                      "WHERE branch_id = ? AND month BETWEEN ? AND ? GROUP BY month",
                      trendValues);
    }, ok);
    double ourTrendCpu = 0;
    const double ourTrend = medianMs([&] { return service.aumTrend(whole, today).ok(); },
                                     ok, &ourTrendCpu);
    out << "ratio to the raw engine: tiers " << QString::number(ourTiers / qMax(rawTiers, 0.001), 'f', 2)
        << " (raw " << QString::number(rawTiers, 'f', 3) << " ms), aum trend "
        << QString::number(ourTrend / qMax(rawTrend, 0.001), 'f', 2) << " (raw "
        << QString::number(rawTrend, 'f', 3) << " ms)" << Qt::endl;
    out << "aum trend, whole branch: wall " << QString::number(ourTrend, 'f', 3) << " ms, cpu "
        << QString::number(ourTrendCpu, 'f', 3) << " ms" << Qt::endl;
    // What the trend cost before the rollup (migration 0016): the same sums from the
    // snapshots, once (12-48 s at 1M customers), with BRANCHDESK_BENCH_OLD_TREND=1.
    if (qEnvironmentVariableIntValue("BRANCHDESK_BENCH_OLD_TREND") == 1) {
        QElapsedTimer timer;
        const double cpuStart = cpuMs();
        timer.start();
        ok = rawRun(branch.store,
                    "SELECT a.month, SUM(a.aum_fen), COUNT(*) FROM customer c INDEXED BY "
                    "customer_dashboard CROSS JOIN aum_snapshot a ON a.customer_id = c.id "
                    "WHERE c.branch_id = ? AND c.deleted = 0 AND a.month BETWEEN ? AND ? "
                    "GROUP BY a.month", trendValues)
                && ok;
        out << "aum trend from aum_snapshot (raw, once): wall "
            << QString::number(timer.nsecsElapsed() / 1e6, 'f', 1) << " ms, cpu "
            << QString::number(cpuMs() - cpuStart, 'f', 1) << " ms" << Qt::endl;
    }
    if (!ok)
        std::fprintf(stderr, "a figure failed: %s\n", // read again for the reason
                     qPrintable(service.load(service.defaultScope()).errorString()));
    return ok ? 0 : 1;
}

int main(int argc, char **argv)
{
    return bench::runOnBranch(argc, argv, measure);
}
