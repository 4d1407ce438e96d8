// Events a workstation raises (issue #17), evaluated off the GUI thread: BRANCHDESK_BENCH_EVENTS
// (default 10,000) counter business, walk-ins and call outcomes of customers spread over a
// demo branch are raised on the main thread (stored pending, one transaction), then
// DeskEventEvaluation runs the shipped rules on them on its worker while the main thread's
// event loop ticks every 10 ms: the longest gap between ticks is what the user would feel
// (target < 50 ms). Every 200 ms the main thread raises one more event meanwhile (its write
// waits for the worker's current transaction): wait median and max. Then the rate.
//   BRANCHDESK_BENCH_CUSTOMERS=20000 build/tests/bench/bench_desk_event_rules
#include "BenchBranch.h"
#include "EventLoopWatch.h"

#include "app/services/opportunities/DeskEventEvaluation.h"
#include "database/core/Transaction.h"

#include <QEventLoop>
#include <QTimer>

using namespace bd;
using bench::msSince;

namespace {
// The i-th event: a third each of counter business (every fifth one large), walk-ins (every
// fourth a potential VIP) and call outcomes (every third one interested).
MarketingEvent eventNo(int i, const QString &customer, const QDateTime &at)
{
    MarketingEvent event;
    event.customerId = CustomerId(customer);
    event.occurredAt = at;
    switch (i % 3) {
    case 0:
        event.kind = EventKind::CounterBusiness;
        event.businessType = QStringLiteral("cash_deposit");
        event.amount = Money::fromFen(i % 5 == 0 ? 8'000'000 : 150'000);
        event.channel = QStringLiteral("counter");
        break;
    case 1:
        event.kind = EventKind::WalkIn;
        event.valueClass = i % 4 == 1 ? QStringLiteral("potential_vip") : QStringLiteral("ordinary");
        break;
    default:
        event.kind = EventKind::CallOutcome;
        event.outcome = i % 3 == 2 && i % 9 == 2 ? QStringLiteral("interested")
                                                   : QStringLiteral("not_reached");
        event.contactKind = QStringLiteral("marketing");
        break;
    }
    return event;
}
} // namespace

static int measure(bench::Branch &branch, QTextStream &out)
{
    const int events = qEnvironmentVariableIsSet("BRANCHDESK_BENCH_EVENTS")
            ? qEnvironmentVariableIntValue("BRANCHDESK_BENCH_EVENTS")
            : 10000;
    // A kept file starts from no desk events (and so no desk opportunities) each run.
    QSqlQuery clear(branch.store.database());
    if (!clear.exec(QStringLiteral("DELETE FROM marketing_event"))
        || !clear.exec(QStringLiteral("DELETE FROM opportunity WHERE origin = 'desk'")))
        return 1;
    const QStringList customers = bench::sampleCustomers(branch, std::min(events, 2000));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QElapsedTimer timer;

    timer.start();
    {
        Transaction transaction(branch.store.database());
        for (int i = 0; i < events; ++i) {
            const QDateTime at = now.addSecs(-qint64(events - i));
            const Result<QString> raised = DeskEventEvaluation::raise(
                    branch.store, eventNo(i, customers.at(i % customers.size()), at), now);
            if (!raised) {
                std::fprintf(stderr, "event %d: %s\n", i, qPrintable(raised.errorString()));
                return 1;
            }
        }
        if (!transaction.commit())
            return 1;
    }
    const double raiseMs = msSince(timer);

    // The control: the same ticks for 5 s with nothing else running here (on a loaded
    // machine the scheduler alone makes gaps).
    double idleGap = 0;
    {
        QEventLoop idle;
        bench::EventLoopWatch ticks;
        ticks.start();
        QTimer::singleShot(5000, &idle, &QEventLoop::quit);
        idle.exec();
        idleGap = ticks.longestGapMs();
    }

    DeskEventEvaluation evaluation(branch.store);
    evaluation.clock = [now] { return now; };
    QEventLoop loop;
    int evaluated = 0;
    int opportunities = 0;
    QString problem;
    // One more event raised on the GUI thread every 200 ms: evaluated by the run after this one.
    bench::EventLoopWatch watch(200, [&](int n) {
        const int i = events + n;
        const Result<QString> raised = DeskEventEvaluation::raise(
                branch.store, eventNo(i, customers.at(i % customers.size()), now), now);
        if (!raised)
            problem = QStringLiteral("a raise on the GUI thread failed: ") + raised.errorString();
        evaluation.wake();
    });
    QObject::connect(&evaluation, &DeskEventEvaluation::evaluated,
                     [&](int count, int made, const QString &why) {
                         evaluated += count;
                         opportunities += made;
                         if (!why.isEmpty())
                             problem = why;
                         if (evaluated >= events || !problem.isEmpty())
                             loop.quit();
                     });
    timer.restart();
    watch.start();
    evaluation.wake();
    loop.exec();
    watch.stop();
    const double evaluateMs = msSince(timer);
    evaluation.stop();
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(problem));
        return 1;
    }

    out << "customers: " << branch.customers << ", events: " << events << " over "
        << customers.size() << " customers" << Qt::endl;
    out << "raised on the main thread (one transaction): " << raiseMs << " ms" << Qt::endl;
    out << "evaluated on the worker: " << evaluated << " events in " << evaluateMs << " ms ("
        << (evaluateMs > 0 ? double(evaluated) * 1000.0 / evaluateMs : 0) << " events/s), "
        << opportunities << " opportunities; longest event-loop gap " << watch.longestGapMs()
        << " ms (with nothing running: " << idleGap << " ms)" << Qt::endl;
    out << "events raised on the main thread meanwhile: " << watch.writeWaits().size()
        << "; wait median " << bench::percentile(watch.writeWaits(), 0.5) << " ms, max "
        << bench::percentile(watch.writeWaits(), 1.0) << " ms" << Qt::endl;
    return opportunities > 0 ? 0 : 1;
}

int main(int argc, char **argv)
{
    return bench::runOnBranch(argc, argv, measure);
}
