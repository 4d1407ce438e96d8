// The branch head's customer-voice report (issue #15 item 20): objections and competitor
// mentions per call list, product family and month, as the head's Voice tab reads it
// (VoiceBranchReport::counts over the last three months, and over everything), the same
// statements stepped through the sqlite3 C API (the raw engine: the ratio is what Qt SQL and
// the service add), the recount over the findings themselves (what the report read before
// the kept counts, and the check that the counts are right: the rows must be equal), and
// the drill-down of one cell (VoiceBranchReport::notes: the masked notes behind the largest
// and the smallest cell). Median of BRANCHDESK_BENCH_ROUNDS (default 3). Branch as in
// BenchBranch.h (BRANCHDESK_BENCH_CUSTOMERS, default 20000, or BRANCHDESK_BENCH_DB).
#include "BenchBranch.h"
#include "../common/TableWalks.h"

#include "app/services/voice/VoiceBranchReport.h"

#include <sqlite3.h>

using namespace bd;

namespace {

// Each statement stepped to its end on the store's own handle; the rows as text lines.
double rawMs(Store &store, const QStringList &statements, QStringList *rows = nullptr)
{
    sqlite3 *db = Store::nativeHandle(store.database());
    QElapsedTimer timer;
    timer.start();
    for (const QString &sql : statements) {
        sqlite3_stmt *statement = nullptr;
        const QByteArray text = sql.toUtf8();
        if (sqlite3_prepare_v2(db, text.constData(), -1, &statement, nullptr) != SQLITE_OK)
            return -1;
        while (sqlite3_step(statement) == SQLITE_ROW) {
            if (!rows)
                continue;
            QStringList cells;
            for (int c = 0; c < sqlite3_column_count(statement); ++c)
                cells << QString::fromUtf8(reinterpret_cast<const char *>(
                        sqlite3_column_text(statement, c)));
            rows->append(cells.join(QLatin1Char('|')));
        }
        sqlite3_finalize(statement);
    }
    return timer.nsecsElapsed() / 1e6;
}

// What the report counted before the kept counts of migration 0039 (VoiceQueries::report
// until then): every objection and competitor finding of the branch joined to its customer.
QString recountSql(const QString &branchId, const QDate &from, const QDate &to)
{
    return QStringLiteral(
                   "SELECT coalesce(f.call_list_id, ''), coalesce(l.name, ''), f.family, "
                   "substr(f.noted_on, 1, 7), f.kind, f.label, count(*) FROM voice_finding f "
                   "JOIN customer c ON c.id = f.customer_id "
                   "LEFT JOIN call_list l ON l.id = f.call_list_id "
                   "LEFT JOIN voice_review r ON r.id = f.id AND r.deleted = 0 "
                   "WHERE f.deleted = 0 AND c.branch_id = '%1' AND f.kind IN ('objection', "
                   "'competitor') AND f.noted_on BETWEEN '%2' AND '%3' "
                   "AND coalesce(r.decision, '') <> 'dismissed' "
                   "GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 4 DESC, 5, 7 DESC, 1, 3, 6")
            .arg(branchId, from.toString(Qt::ISODate), to.toString(Qt::ISODate));
}

QStringList lines(const QList<VoiceReportRow> &rows)
{
    QStringList out;
    for (const VoiceReportRow &r : rows)
        out << QStringList{r.callListId, r.callListName, r.family, r.month, r.kind, r.label,
                           QString::number(r.count)}
                        .join(QLatin1Char('|'));
    return out;
}

int measure(bench::Branch &branch, QTextStream &out)
{
    const int rounds = qEnvironmentVariableIsSet("BRANCHDESK_BENCH_ROUNDS")
            ? std::max(1, qEnvironmentVariableIntValue("BRANCHDESK_BENCH_ROUNDS"))
            : 3;
    const Session &head = *branch.session;
    const VoiceBranchReport report(branch.store, head);
    const QDate today = QDate::currentDate();
    bool ok = true;
    out << "the branch head's voice report, " << branch.customers << " customers, median of "
        << rounds << " (ms)" << Qt::endl;
    struct Range
    {
        const char *name;
        QDate from;
        QDate to;
    };
    VoiceReportRow largest, smallest;
    for (const Range &range : {Range{"last three months (the tab's default)", today.addMonths(-3), today},
                               Range{"everything", QDate(2000, 1, 1), today.addYears(1)}}) {
        std::vector<double> app, raw, recount;
        QStringList statements;
        Result<QList<VoiceReportRow>> rows = Error(QString());
        for (int round = 0; round < rounds; ++round) {
            QElapsedTimer timer;
            timer.start();
            statements = test::statementsRunBy(branch.store,
                                               [&] { rows = report.counts(range.from, range.to); });
            app.push_back(timer.nsecsElapsed() / 1e6);
            if (!rows) {
                std::fprintf(stderr, "%s\n", qPrintable(rows.errorString()));
                return 1;
            }
            raw.push_back(rawMs(branch.store, statements));
        }
        QStringList recounted;
        for (int round = 0; round < rounds; ++round) {
            recounted.clear();
            recount.push_back(rawMs(branch.store, {recountSql(head.branch.id, range.from, range.to)},
                                    &recounted));
        }
        // The report's rows and the recount's, in one order (the report's ties are not ordered).
        QStringList reported = lines(*rows);
        reported.sort();
        recounted.sort();
        const bool equal = reported == recounted;
        ok = ok && equal;
        qint64 findings = 0;
        for (const VoiceReportRow &r : *rows) {
            findings += r.count;
            if (r.count > largest.count)
                largest = r;
            if (smallest.count == 0 || r.count < smallest.count)
                smallest = r;
        }
        const double appMs = bench::percentile(app, 0.5);
        const double rawMedian = bench::percentile(raw, 0.5);
        out << QStringLiteral("%1: %2 rows, %3 findings\n"
                              "  report (VoiceBranchReport::counts) %4 ms; its %5 statement(s) on "
                              "the raw engine %6 ms (report / raw = %7x)\n"
                              "  recount over the findings on the raw engine %8 ms; report equals "
                              "the recount: %9")
                        .arg(QLatin1String(range.name))
                        .arg(rows->size())
                        .arg(findings)
                        .arg(appMs, 0, 'f', 1)
                        .arg(statements.size())
                        .arg(rawMedian, 0, 'f', 1)
                        .arg(rawMedian > 0 ? appMs / rawMedian : 0, 0, 'f', 1)
                        .arg(bench::percentile(recount, 0.5), 0, 'f', 1)
                        .arg(equal ? QStringLiteral("yes") : QStringLiteral("NO"))
            << Qt::endl;
    }
    for (const VoiceReportRow *cell : {&largest, &smallest}) {
        if (cell->count == 0)
            continue;
        std::vector<double> times;
        int notes = 0;
        for (int round = 0; round < rounds; ++round) {
            QElapsedTimer timer;
            timer.start();
            const Result<QList<VoiceBranchReport::Note>> found = report.notes(*cell);
            times.push_back(timer.nsecsElapsed() / 1e6);
            if (!found) {
                std::fprintf(stderr, "%s\n", qPrintable(found.errorString()));
                return 1;
            }
            notes = int(found->size());
        }
        out << QStringLiteral("  notes behind one cell (%1 %2, %3, %4 heard): %5 notes in %6 ms")
                        .arg(cell->kind, cell->label, cell->month)
                        .arg(cell->count)
                        .arg(notes)
                        .arg(bench::percentile(times, 0.5), 0, 'f', 1)
            << Qt::endl;
    }
    return ok ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    return bench::runOnBranch(argc, argv, measure);
}
