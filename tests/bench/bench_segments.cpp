// A 5-condition segment with holdings and tags (tier, age, product family held, a tag,
// marketing consent): the full count and the first page of the result table (the first
// 100 ids in AUM order, then their rows as the table shows them), through SegmentService
// as the builder runs them, and the ratio to the same SQL through the sqlite3 C API.
// Two variants: "broad" (silver and gold tiers, most of the book) and "vip" (gold and
// above). Environment as in bench_customer_search: BRANCHDESK_BENCH_CUSTOMERS or
// BRANCHDESK_BENCH_DB (e.g. the 1,000,000-customer file; see docs/BENCHMARKS.md).
#include "BenchBranch.h"
#include "app/services/segments/SegmentService.h"
#include "database/segments/SegmentColumns.h"
#include "database/segments/SegmentCompiler.h"


#include <sqlite3.h>

#include <ctime>

using namespace bd;

namespace {
constexpr int kRuns = 5;

// The same statement through the C API: prepare, bind, step every row.
double rawMs(sqlite3 *db, const QString &sql, const QVariantList &binds, qint64 *rows)
{
    QElapsedTimer timer;
    timer.start();
    sqlite3_stmt *statement = nullptr;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(db, text.constData(), int(text.size()), &statement, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "raw prepare: %s\n", sqlite3_errmsg(db));
        return -1;
    }
    int index = 1;
    for (const QVariant &value : binds) {
        if (value.typeId() == QMetaType::QString) {
            const QByteArray utf8 = value.toString().toUtf8();
            sqlite3_bind_text(statement, index++, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        } else {
            sqlite3_bind_int64(statement, index++, value.toLongLong());
        }
    }
    *rows = 0;
    while (sqlite3_step(statement) == SQLITE_ROW)
        ++*rows;
    sqlite3_finalize(statement);
    return timer.nsecsElapsed() / 1e6;
}

double threadCpuMs()
{
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// The median wall time of kRuns runs; *cpuMs gets the median CPU time of this thread,
// the steadier figure when other work shares the machine.
template <typename Job>
double medianMs(Job job, double *cpuMs = nullptr)
{
    std::vector<double> times;
    std::vector<double> cpu;
    QElapsedTimer timer;
    for (int i = 0; i < kRuns; ++i) {
        const double cpuStart = threadCpuMs();
        timer.start();
        job();
        times.push_back(timer.nsecsElapsed() / 1e6);
        cpu.push_back(threadCpuMs() - cpuStart);
    }
    if (cpuMs)
        *cpuMs = bench::percentile(cpu, 0.5);
    return bench::percentile(times, 0.5);
}

QString ms(double value)
{
    return QString::number(value, 'f', 1);
}
} // namespace

static int measure(bench::Branch &branch, QTextStream &out)
{
    QSqlQuery tagQuery(branch.store.database());
    tagQuery.exec(QStringLiteral("SELECT id FROM tag ORDER BY category = 'product_interest' AND value = '基金' DESC, "
                                 "id LIMIT 1"));
    if (!tagQuery.next()) {
        std::fprintf(stderr, "the branch has no tags\n");
        return 1;
    }
    const QString tagId = tagQuery.value(0).toString();
    sqlite3 *raw = nullptr;
    if (sqlite3_open_v2(branch.path.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return 1;
    // The raw connection reads the way the Store's does (Store::openConnection).
    sqlite3_exec(raw, "PRAGMA cache_size = -32768; PRAGMA temp_store = MEMORY; PRAGMA mmap_size = 1073741824",
                 nullptr, nullptr, nullptr);
    // BRANCHDESK_BENCH_MMAP_MB: memory-map that much of the file on both connections
    // instead (0: none), to show what reading pages without system calls gives.
    if (qEnvironmentVariableIsSet("BRANCHDESK_BENCH_MMAP_MB")) {
        const int mmapMb = qEnvironmentVariableIntValue("BRANCHDESK_BENCH_MMAP_MB");
        const QString pragma = QStringLiteral("PRAGMA mmap_size = %1").arg(qint64(mmapMb) * 1024 * 1024);
        QSqlQuery(branch.store.database()).exec(pragma);
        sqlite3_exec(raw, pragma.toUtf8().constData(), nullptr, nullptr, nullptr);
        out << "mmap_size " << mmapMb << " MiB on both connections" << Qt::endl;
    }

    const QDate today = QDate::currentDate();
    SegmentService service(branch.store, *branch.session);
    out << "customers: " << branch.customers << Qt::endl;
    for (const char *variant : {"broad", "vip"}) {
        const QString tiers = QLatin1String(variant) == QLatin1String("broad") ? QStringLiteral(R"("silver","gold")")
                                                                                : QStringLiteral(R"("gold","platinum","diamond")");
        const QByteArray json = QStringLiteral(R"({"match":"all","conditions":[
            {"field":"tier","op":"in","value":[%1]},
            {"field":"age","op":"ge","value":40},
            {"field":"holding_family","op":"in","value":["fund","wealth"]},
            {"field":"tag","op":"in","value":["%2"]},
            {"field":"marketing_consent","op":"is","value":true}]})")
                                        .arg(tiers, tagId)
                                        .toUtf8();
        const auto definition = SegmentDefinition::fromJson(json);
        const Result<CompiledSegment> compiled
                = definition ? SegmentCompiler::compile(*definition, branch.session->branch.id, today)
                             : Result<CompiledSegment>(definition.error());
        if (!compiled) {
            std::fprintf(stderr, "%s\n", qPrintable(compiled.errorString()));
            return 1;
        }
        qint64 count = 0;
        qint64 rawRows = 0;
        QStringList firstIds;
        service.count(*definition, today); // warm-up
        double countCpu = 0, rawCountCpu = 0, pageCpu = 0, rawPageCpu = 0;
        const double countMs = medianMs([&] { count = service.count(*definition, today).valueOr(-1); }, &countCpu);
        const double rawCountMs = medianMs([&] { rawMs(raw, compiled->countSql(), compiled->binds, &rawRows); },
                                           &rawCountCpu);
        const double pageIdsMs = medianMs([&] {
            firstIds = service.customerIds(*definition, {}, Qt::DescendingOrder, today, 100)
                               .valueOr(QStringList());
        }, &pageCpu);
        QVariantList limited = compiled->binds;
        limited << 100;
        const double rawPageMs = medianMs([&] {
            rawMs(raw, compiled->idsSql(SegmentColumns::orderBy({}, Qt::DescendingOrder), true), limited, &rawRows);
        }, &rawPageCpu);
        const double rowsMs = medianMs([&] { service.rows(firstIds, SegmentColumns::defaultCodes(), today); });
        out << variant << ": " << count << " customers; count " << ms(countMs) << " ms (raw sqlite3 "
            << ms(rawCountMs) << " ms, ratio " << QString::number(countMs / std::max(rawCountMs, 0.001), 'f', 2)
            << "); first page " << ms(pageIdsMs + rowsMs) << " ms = ids " << ms(pageIdsMs) << " ms (raw "
            << ms(rawPageMs) << " ms, ratio " << QString::number(pageIdsMs / std::max(rawPageMs, 0.001), 'f', 2)
            << ") + " << firstIds.size() << " rows " << ms(rowsMs) << " ms" << Qt::endl;
        out << "    cpu: count " << ms(countCpu) << " ms (raw " << ms(rawCountCpu) << " ms), first-page ids "
            << ms(pageCpu) << " ms (raw " << ms(rawPageCpu) << " ms)" << Qt::endl;
        // The same count as schema version 9 shaped it (the tag's members from
        // customer_tag instead of customer.tag_list), through the C API, for comparison.
        const QString needle = QChar(0x1f) + tagId + QChar(0x1f);
        QString before = compiled->countSql();
        before.replace(QStringLiteral("(instr(c.tag_list, ?) > 0)"),
                       QStringLiteral("+c.id IN (SELECT ct.customer_id FROM customer_tag ct "
                                      "WHERE ct.tag_id IN (?) AND ct.deleted = 0)"));
        QVariantList beforeBinds = compiled->binds;
        beforeBinds.replace(beforeBinds.indexOf(needle), tagId);
        double beforeCpu = 0;
        const double beforeMs = medianMs([&] { rawMs(raw, before, beforeBinds, &rawRows); }, &beforeCpu);
        out << "    raw count with the tag from customer_tag (before 0015): " << ms(beforeMs) << " ms, cpu "
            << ms(beforeCpu) << " ms" << Qt::endl;
        if (count < 0 || (count > 0 && firstIds.isEmpty()))
            return 1;
    }
    out << "targets at 1,000,000 customers: count <= 300 ms, first page <= 100 ms" << Qt::endl;
    sqlite3_close(raw);
    return 0;
}

int main(int argc, char **argv)
{
    return bench::runOnBranch(argc, argv, measure);
}
