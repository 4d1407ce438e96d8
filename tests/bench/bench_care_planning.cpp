// The care plan and the lifecycle recompute off the GUI thread, and the contact rules on the
// 360. Measures, at branch scale: a manager's sign-in plan (first run, re-run); the branch
// head's run (care plan of the branch, then every customer's lifecycle stage) on
// BackgroundCarePlan's worker while the main thread's event loop ticks every 10 ms (the
// longest gap between ticks is what the user would feel) and logs a contact on the 360 every
// second (its write waits for the worker's current transaction); the same run again on the
// calling thread (what blocked the window before); a contact logged on the 360 with the rule
// check (median of 20).
//   cp /tmp/calls_bench_100k.db /tmp/c360-100k.db
//   BRANCHDESK_BENCH_DB=/tmp/c360-100k.db build/tests/bench/bench_care_planning
#include "BenchBranch.h"
#include "EventLoopWatch.h"

#include "app/services/customer360/Customer360Service.h"
#include "ui/calls/BackgroundCarePlan.h"

#include <QEventLoop>

using namespace bd;

using bench::msSince;

static int measure(bench::Branch &branch, QTextStream &out)
{
    const std::optional<Session> manager = bench::signInAs(branch, QLatin1String("wealth_manager"));
    if (!manager)
        return 1;
    // Daytime, so the 360's phone contact is not refused by the quiet hours.
    const CallClock clock = [] { return QDateTime(QDate::currentDate(), QTime(10, 0)).toUTC(); };
    const Session &head = *branch.session;
    QElapsedTimer timer;

    timer.start();
    const auto mineFirst = BackgroundCarePlan::run(branch.store, *manager, BackgroundCarePlan::Scope::Mine, clock);
    const double mineFirstMs = msSince(timer);
    timer.restart();
    const auto mineAgain = BackgroundCarePlan::run(branch.store, *manager, BackgroundCarePlan::Scope::Mine, clock);
    const double mineAgainMs = msSince(timer);
    if (!mineFirst.care.ok || !mineAgain.care.ok)
        return 1;

    // The branch run on the worker with the event loop running; a contact is logged on the
    // 360 every second meanwhile (its write waits for the worker's current transaction).
    const QStringList sample = bench::sampleCustomers(branch, 20);
    Customer360Service::InteractionInput input{QStringLiteral("phone"), QStringLiteral("bench"), {}, {}, {}, {}};
    input.contactKind = QStringLiteral("service");
    input.overrideReason = QStringLiteral("benchmark contact"); // a do-not-contact sample is not refused
    BackgroundCarePlan worker;
    QEventLoop loop;
    int refused = 0;
    bench::EventLoopWatch watch(1000, [&](int n) {
        const CustomerId customer(sample.at(n % sample.size()));
        if (!Customer360Service(branch.store, *manager, clock).logInteraction(customer, input).ok)
            ++refused;
    });
    BackgroundCarePlan::Outcome background;
    QObject::connect(&worker, &BackgroundCarePlan::finished, [&](const BackgroundCarePlan::Outcome &outcome) {
        background = outcome;
        loop.quit();
    });
    timer.restart();
    watch.start();
    worker.start(branch.store, head, BackgroundCarePlan::Scope::Branch, clock);
    loop.exec();
    watch.stop();
    const double backgroundMs = msSince(timer);
    if (!background.care.ok || !background.stages || !background.stages->ok)
        return 1;

    // The same run again on the calling thread: what the GUI thread was blocked for before.
    timer.restart();
    const auto branchAgain = BackgroundCarePlan::run(branch.store, head, BackgroundCarePlan::Scope::Branch, clock);
    const double branchAgainMs = msSince(timer);
    if (!branchAgain.care.ok || !branchAgain.stages || !branchAgain.stages->ok)
        return 1;

    std::vector<double> logged;
    for (const QString &customerId : sample) {
        timer.restart();
        if (!Customer360Service(branch.store, *manager, clock).logInteraction(CustomerId(customerId), input).ok)
            return 1;
        logged.push_back(msSince(timer));
    }

    out << "customers: " << branch.customers << Qt::endl;
    out << "manager's sign-in plan: first " << mineFirstMs << " ms (" << mineFirst.care.created()
        << " tasks), re-run " << mineAgainMs << " ms" << Qt::endl;
    out << "branch run on the worker: " << backgroundMs << " ms (" << background.care.created() << " care tasks, "
        << background.stages->checked << " stages checked, " << background.stages->changed
        << " changed); longest event-loop gap " << watch.longestGapMs() << " ms" << Qt::endl;
    out << "360 contacts logged meanwhile: " << watch.writeWaits().size() << ", " << refused
        << " refused; wait median " << bench::percentile(watch.writeWaits(), 0.5) << " ms, max "
        << bench::percentile(watch.writeWaits(), 1.0) << " ms" << Qt::endl;
    out << "branch re-run on the calling thread: " << branchAgainMs << " ms (" << branchAgain.stages->changed
        << " changed)" << Qt::endl;
    out << "360 contact with the rule check: median " << bench::percentile(logged, 0.5) << " ms, p95 "
        << bench::percentile(logged, 0.95) << " ms" << Qt::endl;
    return refused == 0 ? 0 : 1;
}

int main(int argc, char **argv)
{
    return bench::runOnBranch(argc, argv, measure);
}
