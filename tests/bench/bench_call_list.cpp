// A call list for a whole branch (issue #15): the preview (who would be left out, and why)
// and the hand-out of a list whose segment matches every customer of the branch, in owner
// mode. Ratios: against the raw engine reading the same customers' rows (one plain SELECT),
// and the hand-out against the raw engine inserting the same task rows (one prepared INSERT
// in one transaction, rolled back), which is what the tasks cost without sealing and sync.
//   BRANCHDESK_BENCH_CUSTOMERS=20000 build/tests/bench/bench_call_list
#include "BenchBranch.h"

#include "app/services/calls/CallListMaker.h"

#include <QSqlError>

#include <ctime>

using namespace bd;

// This thread's CPU time: on a shared machine the wall clock says more about the load.
static double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// The made list's task rows inserted again by the raw engine, under new ids; undone after.
static double plainInsertsMs(QSqlDatabase database, const QString &listId)
{
    const QString columns = QStringLiteral("call_list_id, customer_id, assigned_to, rank_score, "
                                           "reason, due_on, status, excluded_reason, updated_at");
    QSqlQuery read(database);
    read.prepare(QStringLiteral("SELECT id, %1 FROM call_task WHERE call_list_id = ?")
                         .arg(columns));
    read.addBindValue(listId);
    if (!read.exec()) {
        QTextStream(stderr) << read.lastError().text() << Qt::endl;
        return -1;
    }
    QList<QVariantList> rows;
    while (read.next()) {
        QVariantList row;
        for (int i = 0; i < 10; ++i)
            row << read.value(i);
        row[0] = row[0].toString() + QStringLiteral("-plain");
        row[1] = row[1].toString() + QStringLiteral("-plain"); // one task per list and customer
        rows << row;
    }
    read.finish();
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = threadCpuMs();
    if (!database.transaction()) {
        QTextStream(stderr) << database.lastError().text() << Qt::endl;
        return -1;
    }
    QSqlQuery insert(database);
    // The copy's list does not exist: checked at COMMIT only, and this is rolled back.
    insert.exec(QStringLiteral("PRAGMA defer_foreign_keys = ON"));
    insert.prepare(QStringLiteral("INSERT INTO call_task(id, %1) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                           .arg(columns));
    for (const QVariantList &row : std::as_const(rows)) {
        for (int i = 0; i < row.size(); ++i)
            insert.bindValue(i, row.at(i));
        if (!insert.exec()) {
            QTextStream(stderr) << insert.lastError().text() << Qt::endl;
            database.rollback();
            return -1;
        }
    }
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    QTextStream(stdout) << "plain inserts CPU: " << threadCpuMs() - cpuBefore << " ms" << Qt::endl;
    database.rollback();
    return ms;
}

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
    const double cpuBefore = threadCpuMs();
    const CallListMaker::Result made = maker.make(request);
    const double makeMs = double(timer.nsecsElapsed()) / 1e6;
    const double makeCpuMs = threadCpuMs() - cpuBefore;
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
        << " excluded); ratio " << makeMs / base << "; CPU " << makeCpuMs << " ms" << Qt::endl;
    const double plainMs = plainInsertsMs(branch.store.database(), made.listId);
    out << "plain inserts of the same task rows: " << plainMs << " ms; hand-out ratio "
        << makeMs / std::max(0.001, plainMs) << Qt::endl;
    return excluded.size() == made.excluded.size() ? 0 : 1;
}

int main(int argc, char **argv)
{
    return bench::runOnBranch(argc, argv, measure);
}
