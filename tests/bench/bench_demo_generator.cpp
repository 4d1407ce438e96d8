// Generates a demo branch of N customers (BRANCHDESK_BENCH_CUSTOMERS, default 20000) into a
// temporary file and prints customers/s and rows/s, and the ratio to the raw engine: the
// same rows inserted one by one through prepared sqlite3 statements in one transaction,
// with the same schema, indexes and bulk-load pragmas.
// BRANCHDESK_BENCH_DIR chooses where the temporary files go (default: the system's).
// BRANCHDESK_BENCH_SEED chooses the seed (default the generator's); BRANCHDESK_BENCH_DIGEST=1
// prints a digest of every table (tests/common/DemoBranchDigest.h), to show that two builds
// of the generator make the same branch for a seed on the same day.
#include "../common/DemoBranchDigest.h"
#include "app/demo/DemoBranchGenerator.h"
#include "database/core/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <sqlite3.h>

#include <cstdio>
#include <string>
#include <vector>

using namespace bd;

namespace {

QTextStream out(stdout);

bool exec(sqlite3 *db, const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        std::fprintf(stderr, "%s: %s\n", sql, message ? message : "?");
        sqlite3_free(message);
        return false;
    }
    return true;
}

std::vector<std::string> dataTables(sqlite3 *db, const char *schema)
{
    std::vector<std::string> tables;
    sqlite3_stmt *statement = nullptr;
    // aum_month_total and offer_peer_share are derived: the triggers of migrations 0016 and
    // 0030 fill them as the rows go in (copying them too failed on their unique keys).
    const std::string sql = std::string("SELECT name FROM ") + schema
            + ".sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT IN"
              " ('app_setting', 'schema_version', 'audit_log', 'aum_month_total',"
              " 'offer_peer_share') ORDER BY name";
    sqlite3_prepare_v2(db, sql.c_str(), -1, &statement, nullptr);
    while (sqlite3_step(statement) == SQLITE_ROW)
        tables.emplace_back(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    sqlite3_finalize(statement);
    return tables;
}

// Reads every generated row (and, if insert, writes it into the same table of main).
// Returns the rows seen.
qint64 replay(sqlite3 *db, bool insert)
{
    qint64 rows = 0;
    for (const std::string &table : dataTables(db, "generated")) {
        sqlite3_stmt *select = nullptr;
        sqlite3_prepare_v2(db, ("SELECT * FROM generated." + table).c_str(), -1, &select, nullptr);
        const int columns = sqlite3_column_count(select);
        std::string sql = "INSERT INTO main." + table + " VALUES (";
        for (int c = 0; c < columns; ++c)
            sql += c ? ",?" : "?";
        sql += ")";
        sqlite3_stmt *write = nullptr;
        if (insert && sqlite3_prepare_v2(db, sql.c_str(), -1, &write, nullptr) != SQLITE_OK)
            std::fprintf(stderr, "%s: %s\n", sql.c_str(), sqlite3_errmsg(db));
        while (sqlite3_step(select) == SQLITE_ROW) {
            ++rows;
            if (!write)
                continue;
            for (int c = 0; c < columns; ++c)
                sqlite3_bind_value(write, c + 1, sqlite3_column_value(select, c));
            if (sqlite3_step(write) != SQLITE_DONE)
                std::fprintf(stderr, "%s: %s\n", table.c_str(), sqlite3_errmsg(db));
            sqlite3_reset(write);
        }
        sqlite3_finalize(write);
        sqlite3_finalize(select);
    }
    return rows;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int customers = qEnvironmentVariableIsSet("BRANCHDESK_BENCH_CUSTOMERS")
            ? qEnvironmentVariableIntValue("BRANCHDESK_BENCH_CUSTOMERS")
            : 20000;
    const QString base = qEnvironmentVariable("BRANCHDESK_BENCH_DIR");
    QTemporaryDir dir(base.isEmpty() ? QDir::tempPath() + QStringLiteral("/bench-demo-XXXXXX")
                                     : base + QStringLiteral("/bench-demo-XXXXXX"));
    if (!dir.isValid())
        return 2;
    const QString generatedPath = dir.filePath(QStringLiteral("generated.db"));
    const QString baselinePath = dir.filePath(QStringLiteral("baseline.db"));

    // 1. The generator.
    qint64 rows = 0;
    double seconds = 0;
    {
        Store store;
        if (const Result<> opened = store.open(generatedPath); !opened) {
            std::fprintf(stderr, "cannot open %s\n", qPrintable(opened.errorString()));
            return 1;
        }
        DemoBranchGenerator generator;
        DemoBranchGenerator::Options options;
        options.customers = customers;
        if (qEnvironmentVariableIsSet("BRANCHDESK_BENCH_SEED"))
            options.seed = qEnvironmentVariable("BRANCHDESK_BENCH_SEED").toULongLong();
        QElapsedTimer progressClock;
        progressClock.start();
        options.progress = [&](qint64 done, qint64 total) {
            if (done * 10 / total != (done - std::max<qint64>(1, total / 100)) * 10 / total)
                std::fprintf(stderr, "  %lld/%lld customers, %.1f s\n", (long long)done,
                             (long long)total, double(progressClock.elapsed()) / 1000.0);
        };
        // Where the time goes: the moment each phase starts.
        int lastPhase = -1;
        options.phaseProgress = [&](DemoBranchGenerator::Phase phase, qint64, qint64) {
            if (int(phase) == lastPhase)
                return;
            lastPhase = int(phase);
            std::fprintf(stderr, "  phase %s from %.1f s\n",
                         qPrintable(DemoBranchGenerator::phaseLabel(phase)),
                         double(progressClock.elapsed()) / 1000.0);
        };
        QElapsedTimer timer;
        timer.start();
        if (const Result<> generated = generator.generate(store, options); !generated) {
            std::fprintf(stderr, "generation failed: %s\n", qPrintable(generated.errorString()));
            return 1;
        }
        seconds = double(timer.nsecsElapsed()) / 1e9;
        rows = generator.rowsWritten();
        if (qEnvironmentVariableIntValue("BRANCHDESK_BENCH_DIGEST") == 1) {
            const QMap<QString, QByteArray> digests = test::demoBranchDigest(store);
            for (auto it = digests.constBegin(); it != digests.constEnd(); ++it)
                out << "digest " << it.key() << ": " << it.value() << "\n";
            out.flush();
        }
    }
    const qint64 bytes = QFileInfo(generatedPath).size();

    // 2. The raw engine: a fresh file with the same schema, the same rows replayed through
    //    prepared statements, same pragmas, one transaction. Reading the source rows is
    //    timed on its own and taken off.
    {
        Store fresh;
        if (!fresh.open(baselinePath))
            return 1;
    }
    sqlite3 *db = nullptr;
    sqlite3_open(baselinePath.toUtf8().constData(), &db);
    exec(db, "PRAGMA journal_mode = DELETE");
    exec(db, "PRAGMA synchronous = OFF");
    exec(db, "PRAGMA cache_size = -262144");
    exec(db, "PRAGMA foreign_keys = OFF");
    exec(db, ("ATTACH '" + generatedPath.toStdString() + "' AS generated").c_str());
    QElapsedTimer timer;
    timer.start();
    replay(db, false);
    const double readSeconds = double(timer.nsecsElapsed()) / 1e9;
    timer.restart();
    exec(db, "BEGIN");
    const qint64 replayed = replay(db, true);
    exec(db, "COMMIT");
    const double rawSeconds = double(timer.nsecsElapsed()) / 1e9 - readSeconds;
    sqlite3_close(db);

    out << "customers:            " << customers << "\n"
        << "rows (all tables):    " << rows << "\n"
        << "wall time:            " << QString::number(seconds, 'f', 2) << " s\n"
        << "customers/s:          " << QString::number(customers / seconds, 'f', 0) << "\n"
        << "rows/s:               " << QString::number(rows / seconds, 'f', 0) << "\n"
        << "file size:            " << QString::number(bytes / 1048576.0, 'f', 1) << " MiB\n"
        << "raw engine rows:      " << replayed << "\n"
        << "raw engine insert:    " << QString::number(rawSeconds, 'f', 2) << " s (reading the"
        << " source took " << QString::number(readSeconds, 'f', 2) << " s, not counted)\n"
        << "raw engine rows/s:    " << QString::number(replayed / rawSeconds, 'f', 0) << "\n"
        << "ratio to raw engine:  " << QString::number(seconds / rawSeconds, 'f', 2) << "x\n";
    out.flush();
    return 0;
}
