// The background reading of every note of a branch (VoiceBackfill, docs/VOICE.md), on one
// worker thread with its database: notes/s end to end (read, open, analyse, write the
// findings with their sync changes), the longest single step (what a GUI write may queue
// behind), and a second pass with the same lexicon (nothing to write). Ratio: the pass
// against reading the same note rows alone (VoiceQueries::notesAfter without analysis).
//   BRANCHDESK_BENCH_CUSTOMERS=100000 build/tests/bench/bench_voice_backfill
#include "BenchBranch.h"

#include "app/services/voice/VoiceBackfill.h"
#include "database/voice/VoiceQueries.h"


using namespace bd;

static int measure(bench::Branch &branch, QTextStream &out)
{
    QElapsedTimer timer;

    // The note rows alone, in the same batches.
    timer.start();
    int notes = 0;
    const VoiceQueries queries(branch.store);
    for (const QString &table : VoiceQueries::noteTables()) {
        QString after;
        while (true) {
            QString last;
            const auto batch = queries.notesAfter(table, after, 500, &last);
            if (!batch || last.isEmpty())
                break;
            notes += int(batch->size());
            after = last;
        }
    }
    const double readSeconds = double(timer.nsecsElapsed()) / 1e9;

    VoiceBackfill pass(branch.store);
    int changed = 0;
    double longestStep = 0;
    timer.restart();
    QElapsedTimer step;
    while (true) {
        step.start();
        const auto progress = pass.step(500);
        longestStep = std::max(longestStep, double(step.nsecsElapsed()) / 1e6);
        if (!progress) {
            out << "step failed: " << progress.errorString() << "\n";
            return 1;
        }
        changed += progress->changed;
        if (progress->finished)
            break;
    }
    const double passSeconds = double(timer.nsecsElapsed()) / 1e9;
    // A new lexicon version starts again; the same one finds nothing left to do.
    QSqlQuery reset(branch.store.database());
    reset.exec(QStringLiteral("DELETE FROM app_setting WHERE key = 'voice.scan'"));
    timer.restart();
    int again = 0;
    while (true) {
        const auto progress = pass.step(500);
        if (!progress)
            return 1;
        again += progress->changed;
        if (progress->finished)
            break;
    }
    const double againSeconds = double(timer.nsecsElapsed()) / 1e9;
    out << "Background voice pass over " << notes << " note columns: " << changed
        << " findings written in " << QString::number(passSeconds, 'f', 2) << " s ("
        << qint64(notes / std::max(passSeconds, 1e-9)) << " notes/s), longest step (500 rows) "
        << QString::number(longestStep, 'f', 1) << " ms; second pass "
        << QString::number(againSeconds, 'f', 2) << " s, " << again
        << " changes; reading the notes alone " << QString::number(readSeconds, 'f', 2)
        << " s (ratio " << QString::number(passSeconds / std::max(readSeconds, 1e-9), 'f', 1)
        << "x)\n";
    return again == 0 ? 0 : 1;
}

int main(int argc, char **argv)
{
    return bench::runOnBranch(argc, argv, measure);
}
