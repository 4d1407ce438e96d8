// An older file's upgrade inside the open (issue #15): at a million customers 0035/0036 took
// 63.7 s before any window, in silence. Times the open of BRANCHDESK_BENCH_DB (a copy of an
// older file: it is upgraded in place, copy it again to measure again) as the desk opens it
// (WorkstationStore::open), with the progress the migration runner tells: each step's time,
// how often progress came and the longest gap between two words of progress (the window and
// the admin's stderr move at least that often). Without BRANCHDESK_BENCH_DB (ctest) a small
// file three migrations old is made and upgraded.
#include "../common/OlderDeskFile.h"
#include "app/services/core/WorkstationStore.h"
#include "database/core/MigrationRunner.h"
#include "database/core/Store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace bd;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    QString path = qEnvironmentVariable("BRANCHDESK_BENCH_DB");
    if (path.isEmpty()) {
        path = dir.filePath(QStringLiteral("older.db"));
        const int kept = test::migrationVersion(QStringLiteral("kyc_field_figure"));
        if (const QString made = test::makeDeskFileAt(path, kept - 1); !made.isEmpty()) {
            std::fprintf(stderr, "cannot make the older file: %s\n", qPrintable(made));
            return 1;
        }
    }
    QElapsedTimer clock;
    qint64 lastMs = 0;
    qint64 longestGapMs = 0;
    qint64 stepStartMs = 0;
    int calls = 0;
    int step = 0;
    int gapsOverOneSecond = 0;
    clock.start();
    Store store;
    const Result<> opened = WorkstationStore::open(store, path, [&](const MigrationProgress &p) {
        const qint64 now = clock.elapsed();
        if (calls > 0) {
            longestGapMs = std::max(longestGapMs, now - lastMs);
            gapsOverOneSecond += now - lastMs > 1000 ? 1 : 0;
        }
        ++calls;
        lastMs = now;
        if (p.step != step) { // a step begins
            step = p.step;
            stepStartMs = now;
        }
        if (p.stepDone)
            std::printf("  step %d of %d (%d %s): %lld ms\n", p.step, p.steps, p.version,
                        qPrintable(p.description), static_cast<long long>(now - stepStartMs));
        else if (p.fraction > 0)
            std::printf("    %6lld ms  %3d %%\n", static_cast<long long>(now), int(p.fraction * 100));
        std::fflush(stdout);
    });
    const qint64 totalMs = clock.elapsed();
    if (!opened) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(opened.errorString()));
        return 1;
    }
    std::printf("open with upgrade: %lld ms (schema %d), %d progress calls, longest gap %lld ms, "
                "gaps over 1 s: %d, after the last step %lld ms\n",
                static_cast<long long>(totalMs), store.schemaVersion(), calls,
                static_cast<long long>(longestGapMs), gapsOverOneSecond,
                static_cast<long long>(totalMs - lastMs));
    return store.schemaVersion() == MigrationRunner::latestVersion() && calls > 0 ? 0 : 1;
}
