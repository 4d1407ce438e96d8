// A call list for a whole branch (issue #15): the preview (who would be left out, and why)
// and the hand-out of a list whose segment matches every customer of the branch, in owner
// mode. Ratio: against the raw engine reading the same customers' rows (one plain SELECT).
//   BRANCHDESK_BENCH_CUSTOMERS=20000 build/tests/bench/bench_call_list
#include "BenchBranch.h"

#include "app/services/calls/CallListMaker.h"

using namespace bd;

static int measure(bench::Branch &branch, QTextStream &out)
{
    const CallClock clock = systemCallClock();
    const QDate today = localToday(clock);
    QElapsedTimer timer;

    timer.start();
    QStringList ids;
    QSqlQuery raw(branch.store.database());
    if (!raw.exec(QStringLiteral("SELECT id, branch_id, name, manager_id, do_not_contact, "
                                 "marketing_consent FROM customer WHERE deleted = 0")))
        return 1;
    while (raw.next())
        ids << raw.value(0).toString();
    const double rawMs = double(timer.nsecsElapsed()) / 1e6;

    CallListMaker::Request request;
    // A new name each run: a kept database (BRANCHDESK_BENCH_DB) refuses the same list twice.
    request.name = QStringLiteral("whole branch %1").arg(QDateTime::currentMSecsSinceEpoch());
    request.mode = QStringLiteral("owner");
    request.customerIds = ids;
    request.startsOn = today;
    request.endsOn = today.addDays(13);
    CallListMaker maker(branch.store, *branch.session, clock);
    timer.restart();
    const QList<CallListMaker::Exclusion> excluded = maker.preview(request);
    const double previewMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    const CallListMaker::Result made = maker.make(request);
    const double makeMs = double(timer.nsecsElapsed()) / 1e6;
    if (!made.ok) {
        QTextStream(stderr) << made.refusal << Qt::endl;
        return 1;
    }
    const double base = std::max(0.001, rawMs);
    out << "customers: " << branch.customers << "; list of " << ids.size() << Qt::endl;
    out << "raw read of the rows: " << rawMs << " ms" << Qt::endl;
    out << "preview: " << previewMs << " ms (" << excluded.size() << " left out); ratio " << previewMs / base
        << Qt::endl;
    out << "hand-out: " << makeMs << " ms (" << made.tasks << " tasks, " << made.excluded.size()
        << " excluded); ratio " << makeMs / base << Qt::endl;
    return excluded.size() == made.excluded.size() ? 0 : 1;
}

int main(int argc, char **argv)
{
    return bench::runOnBranch(argc, argv, measure);
}
