// Opening a customer 360: the p95 time of Customer360Service::load (profile, holdings,
// allocation, 12-month trend, fund arrivals, the merged timeline, tags, KYC completeness
// and alerts), which the view runs on its background thread, for customers spread over
// the book. Environment as in bench_customer_search (BRANCHDESK_BENCH_CUSTOMERS or
// BRANCHDESK_BENCH_DB).
#include "BenchBranch.h"
#include "app/services/customer360/Customer360Service.h"


using namespace bd;

static int measure(bench::Branch &branch, QTextStream &out)
{
    const QStringList ids = bench::sampleCustomers(branch, 200);
    Customer360Service service(branch.store, *branch.session);
    for (int i = 0; i < std::min<qsizetype>(10, ids.size()); ++i)
        (void)service.load(CustomerId(ids.at(i))); // warm-up
    std::vector<double> times;
    qint64 timelineRows = 0;
    QElapsedTimer timer;
    for (const QString &id : ids) {
        timer.start();
        const auto view = service.load(CustomerId(id));
        times.push_back(timer.nsecsElapsed() / 1e6);
        if (!view) {
            std::fprintf(stderr, "cannot load %s: %s\n", qPrintable(id),
                         qPrintable(view.errorString()));
            return 1;
        }
        timelineRows += view->timeline.size();
    }
    out << "customers: " << branch.customers << ", 360s opened: " << ids.size()
        << ", timeline rows per 360: " << (ids.isEmpty() ? 0 : timelineRows / ids.size()) << Qt::endl;
    out << "load p50 " << QString::number(bench::percentile(times, 0.5), 'f', 3) << " ms, p95 "
        << QString::number(bench::percentile(times, 0.95), 'f', 3) << " ms, max "
        << QString::number(bench::percentile(times, 1.0), 'f', 3)
        << " ms (target p95 <= 50 ms at 1,000,000 customers)" << Qt::endl;
    return 0;
}

int main(int argc, char **argv)
{
    return bench::runOnBranch(argc, argv, measure);
}
