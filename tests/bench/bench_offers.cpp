// The next best offer (issue #20): OfferService::offersFor for one customer at a time (the
// 360 and the teller's step 6; target p95 < 20 ms at 1,000,000 customers) and for a call
// list of 500 customers in one go (the prep sheets of a list; target < 2 s). The raw-engine
// figure is OfferQueries::facts alone for the same customers: the share of the time that is
// reading the customer's facts rather than the shelf, the peers, the gate and the ranking.
// Then the gate over a wider sample (BRANCHDESK_BENCH_GATE_SAMPLE customers, default 5,000,
// at the counter): the share of offers it would refuse, which must be zero (issue #20).
// Environment as in bench_customer360_open (BRANCHDESK_BENCH_CUSTOMERS or BRANCHDESK_BENCH_DB).
#include "BenchBranch.h"
#include "app/services/offers/OfferService.h"
#include "app/services/suitability/SuitabilityGate.h"
#include "database/products/OfferQueries.h"

#include <QCoreApplication>
#include <QSet>

using namespace bd;

namespace {
QString ms(double value)
{
    return QString::number(value, 'f', 3);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    bench::Branch branch;
    QElapsedTimer opening;
    opening.start();
    if (!bench::openBranch(branch, out))
        return 1;
    // Includes the migrations an older file needs (0030 works out the peer figures once),
    // or the generation of a branch.
    out << "opened in " << ms(opening.nsecsElapsed() / 1e6) << " ms" << Qt::endl;
    const QStringList sample = bench::sampleCustomers(branch, 700);
    QList<CustomerId> ids;
    for (const QString &id : sample)
        ids << CustomerId(id);
    OfferService service(branch.store, *branch.session);
    // The first call loads the shelf and reads the peer figures the triggers keep.
    QElapsedTimer timer;
    timer.start();
    if (const Result<OfferList> first = service.offersFor(ids.first()); !first) {
        std::fprintf(stderr, "%s\n", qPrintable(first.errorString()));
        return 1;
    }
    const double firstCall = timer.nsecsElapsed() / 1e6;

    const QList<CustomerId> singles = ids.mid(0, 200);
    std::vector<double> times;
    std::vector<double> rawTimes;
    int offers = 0;
    int heldBack = 0;
    const QDate today = QDate::currentDate();
    for (const CustomerId &id : singles) {
        timer.start();
        const Result<OfferList> list = service.offersFor(id);
        times.push_back(timer.nsecsElapsed() / 1e6);
        if (!list) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(id.toString()),
                         qPrintable(list.errorString()));
            return 1;
        }
        offers += int(list->offers.size());
        heldBack += list->heldBack.isEmpty() ? 0 : 1;
        timer.start();
        (void)OfferQueries(branch.store).facts({id}, today, today.addDays(-30));
        rawTimes.push_back(timer.nsecsElapsed() / 1e6);
    }
    const QList<CustomerId> callList = ids.mid(200, 500);
    timer.start();
    const Result<QList<OfferList>> lists = service.offersFor(callList);
    const double listTime = timer.nsecsElapsed() / 1e6;
    if (!lists) {
        std::fprintf(stderr, "%s\n", qPrintable(lists.errorString()));
        return 1;
    }
    timer.start();
    (void)OfferQueries(branch.store).facts(callList, today, today.addDays(-30));
    const double listRaw = timer.nsecsElapsed() / 1e6;
    int listOffers = 0;
    for (const OfferList &list : *lists)
        listOffers += int(list.offers.size());

    out << "customers: " << branch.customers << ", first call (shelf, peer figures) "
        << ms(firstCall) << " ms" << Qt::endl;
    out << "one customer (" << singles.size() << "): p50 " << ms(bench::percentile(times, 0.5))
        << " ms, p95 " << ms(bench::percentile(times, 0.95)) << " ms, max "
        << ms(bench::percentile(times, 1.0)) << " ms; offers " << offers << ", held back "
        << heldBack << " (target p95 < 20 ms at 1,000,000 customers)" << Qt::endl;
    out << "  facts read alone: p50 " << ms(bench::percentile(rawTimes, 0.5)) << " ms, p95 "
        << ms(bench::percentile(rawTimes, 0.95)) << " ms; ratio of p50s "
        << QString::number(bench::percentile(times, 0.5)
                                   / std::max(0.001, bench::percentile(rawTimes, 0.5)),
                           'f', 2)
        << "x" << Qt::endl;
    out << "call list of " << callList.size() << ": " << ms(listTime) << " ms, "
        << lists->size() << " customers, " << listOffers << " offers (target < 2,000 ms); "
        << "facts read alone " << ms(listRaw) << " ms, ratio "
        << QString::number(listTime / std::max(0.001, listRaw), 'f', 2) << "x" << Qt::endl;

    // The gate over a wider sample, the way tst_offers_demo checks a whole small branch.
    const int gateSample = qEnvironmentVariableIsSet("BRANCHDESK_BENCH_GATE_SAMPLE")
            ? qEnvironmentVariableIntValue("BRANCHDESK_BENCH_GATE_SAMPLE")
            : 5000;
    QList<CustomerId> gateIds; // distinct: a small branch has fewer customers than asked
    QSet<QString> seen;
    for (const QString &id : bench::sampleCustomers(branch, gateSample)) {
        if (!seen.contains(id)) {
            seen.insert(id);
            gateIds << CustomerId(id);
        }
    }
    int gateOffers = 0;
    int refused = 0;
    int gateHeldBack = 0;
    timer.start();
    for (qsizetype from = 0; from < gateIds.size(); from += 500) {
        const Result<QList<OfferList>> chunk
                = service.offersFor(gateIds.mid(from, 500), OfferContext::Counter);
        if (!chunk) {
            std::fprintf(stderr, "%s\n", qPrintable(chunk.errorString()));
            return 1;
        }
        for (const OfferList &list : *chunk) {
            gateHeldBack += list.heldBack.isEmpty() ? 0 : 1;
            if (list.offers.isEmpty())
                continue;
            const Result<std::optional<CustomerSuitability>> facts
                    = OfferQueries(branch.store).suitability(list.customer);
            for (const Offer &offer : list.offers) {
                ++gateOffers;
                SuitabilityGate::Request request;
                if (offer.product.needsRecording)
                    request.recordingReference = QStringLiteral("SL-BENCH");
                if (!facts || !*facts
                    || !SuitabilityGate::check(**facts, offer.product, request, today).allowed()) {
                    ++refused;
                    std::fprintf(stderr, "refused: %s %s\n", qPrintable(list.customer.toString()),
                                 qPrintable(offer.product.code));
                }
            }
        }
    }
    out << "gate over " << gateIds.size() << " customers at the counter: " << gateOffers
        << " offers (" << gateHeldBack << " customers held back), " << refused
        << " refused by the gate ("
        << QString::number(gateOffers ? 100.0 * refused / gateOffers : 0.0, 'f', 2)
        << "%, must be 0), " << ms(timer.nsecsElapsed() / 1e6) << " ms" << Qt::endl;
    return refused == 0 ? 0 : 1;
}
