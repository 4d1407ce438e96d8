#pragma once

#include "app/domain/Result.h"
#include "app/domain/voice/VoiceAnalyser.h"
#include "database/voice/VoiceRecords.h"
#include "database/voice/VoiceScanMarker.h"

#include <functional>
#include <memory>

namespace bd {

class Store;

// Reads the notes written before (or under another lexicon) in the background: a batch of
// rows per step, each batch and the marker of how far it got committed together, so a
// pass stopped anywhere (closed window, crash) resumes where it was and never reads a row
// twice with the same lexicon. Runs on a worker thread with that thread's own connection.
// What it finds is kept on this desk and not queued for sync: every desk holding the notes
// derives the same findings itself (queueing them, a sign-in on an upgraded file queued
// findings for as long as its window was open: issue #15).
class VoiceBackfill
{
public:
    struct Progress
    {
        int rows = 0;      // note rows read in this step
        int changed = 0;   // findings written or removed
        QString table;     // where the pass is now
        bool finished = false;
    };

    explicit VoiceBackfill(Store &store, std::shared_ptr<const VoiceAnalyser> analyser = nullptr);

    // Reads up to `rows` note rows in a transaction of its own; finished once every note
    // table is done.
    Result<Progress> step(int rows = 500);
    // The whole pass inside the caller's transaction (a demo branch being written);
    // `rowsRead` hears the running count. Returns the note rows read.
    Result<int> readAllInOpenTransaction(const std::function<void(int rows)> &rowsRead = {});
    // Whether a pass is still to do (a new lexicon starts one again).
    Result<bool> pending();

private:
    // One step's notes, heard outside any transaction, and where the marker stood.
    struct Batch
    {
        VoiceScanMarker loaded; // as stored when the batch was read
        VoiceScanMarker marker; // the pass it belongs to (a new lexicon starts one)
        bool startedFinished = false;
        QString lastId; // empty: the marker's table is done
        QList<std::pair<VoiceNoteRef, QList<VoiceFindingRecord>>> notes;
    };
    Result<Batch> readBatch(int rows);
    Result<Progress> writeBatch(const Batch &batch); // inside the caller's transaction

    Store &m_store;
    std::shared_ptr<const VoiceAnalyser> m_analyser;
};

} // namespace bd
