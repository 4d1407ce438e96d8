// The wealth manager's day at branch scale: ranking the open call and care tasks
// (ManagerDay::today), the care planner at sign-in (first run and the idempotent re-run) and
// making a call list of 1,000 customers. Ratio: the ranked day against reading the same
// tasks unranked (the queries alone).
//   BRANCHDESK_BENCH_CUSTOMERS=200000 build/tests/bench/bench_calls_day
#include "BenchBranch.h"

#include "app/services/calls/CallListMaker.h"
#include "app/services/calls/CarePlanner.h"
#include "app/services/calls/ManagerDay.h"
#include "database/calls/CallQueries.h"

#include <QSet>

using namespace bd;

static int measure(bench::Branch &branch, QTextStream &out)
{
    const std::optional<Session> manager = bench::signInAs(branch, QLatin1String("wealth_manager"));
    if (!manager)
        return 1;
    const CallClock clock = systemCallClock();
    const QDate today = localToday(clock);
    QElapsedTimer timer;

    timer.start();
    const CarePlanner::Report first = CarePlanner(branch.store, *manager, clock).planMine();
    const double firstPlan = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    const CarePlanner::Report again = CarePlanner(branch.store, *manager, clock).planMine();
    const double secondPlan = double(timer.nsecsElapsed()) / 1e6;

    std::vector<double> ranked, plain;
    int rows = 0;
    for (int run = 0; run < 5; ++run) {
        timer.restart();
        rows = int(ManagerDay(branch.store, *manager, clock).today().size());
        ranked.push_back(double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        const CallQueries queries(branch.store);
        // Today has one line per customer, whatever number of tasks the customer has.
        QSet<QString> customers;
        for (const DayTaskRow &task : queries.openCallTasks(manager->user.id, today))
            customers.insert(task.customerId.toString());
        for (const DayTaskRow &task :
             queries.dueCareTasks(manager->user.id, today.addDays(ManagerDay::kCareDays)))
            customers.insert(task.customerId.toString());
        plain.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (int(customers.size()) != rows) {
            QTextStream(stderr) << "Today has " << rows << " lines for " << customers.size()
                                << " customers with open tasks" << Qt::endl;
            return 1;
        }
    }

    CallListMaker::Request request;
    request.name = QStringLiteral("bench");
    request.mode = QStringLiteral("owner");
    request.customerIds = bench::sampleCustomers(branch, 1000);
    request.startsOn = today;
    request.endsOn = today.addDays(13);
    timer.restart();
    const CallListMaker::Result made = CallListMaker(branch.store, *branch.session, clock).make(request);
    const double makeMs = double(timer.nsecsElapsed()) / 1e6;
    if (!made.ok)
        return 1;

    out << "customers: " << branch.customers << Qt::endl;
    out << "care planner, first run: " << firstPlan << " ms (" << first.created() << " tasks); re-run: "
        << secondPlan << " ms (" << again.created() << " tasks)" << Qt::endl;
    out << "today, " << rows << " lines ranked: median " << bench::percentile(ranked, 0.5) << " ms; unranked read "
        << bench::percentile(plain, 0.5) << " ms; ratio "
        << bench::percentile(ranked, 0.5) / std::max(0.001, bench::percentile(plain, 0.5)) << Qt::endl;
    out << "call list of " << request.customerIds.size() << " customers: " << makeMs << " ms (" << made.tasks
        << " tasks, " << made.excluded.size() << " excluded)" << Qt::endl;
    return again.created() == 0 ? 0 : 1;
}

int main(int argc, char **argv)
{
    return bench::runOnBranch(argc, argv, measure);
}
