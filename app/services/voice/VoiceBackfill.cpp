#include "app/services/voice/VoiceBackfill.h"

#include "app/services/voice/VoiceCapture.h"
#include "app/services/voice/VoiceLexiconSource.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/voice/VoiceQueries.h"
#include "database/voice/VoiceScanMarker.h"

namespace bd {

VoiceBackfill::VoiceBackfill(Store &store, std::shared_ptr<const VoiceAnalyser> analyser)
    : m_store(store)
    , m_analyser(analyser ? std::move(analyser) : VoiceLexiconSource::active())
{
}

Result<bool> VoiceBackfill::pending()
{
    Result<VoiceScanMarker> marker = VoiceScanMarker::load(m_store);
    if (!marker)
        return marker.error();
    return marker->lexicon != m_analyser->lexicon().version || !marker->finished;
}

Result<VoiceBackfill::Progress> VoiceBackfill::step(int rows)
{
    // The notes are read and heard before the write transaction: hearing 200 notes is CPU
    // work on a low-priority thread, and inside BEGIN IMMEDIATE it held the write lock all
    // that while (on a loaded desk for seconds: the window's own writes and the care plan
    // waited past their busy timeout, "database is locked", issue #15). Only the findings
    // and the marker are written under the lock, and only if no other pass moved the marker
    // meanwhile (then this batch is dropped and the next step reads from the new place).
    Result<Batch> batch = readBatch(rows);
    if (!batch)
        return batch.error();
    if (batch->startedFinished) {
        Progress done;
        done.finished = true;
        return done;
    }
    Transaction transaction(m_store.database());
    if (const Result<> began = transaction.began(); !began)
        return began.error();
    Result<VoiceScanMarker> now = VoiceScanMarker::load(m_store);
    if (!now)
        return now.error();
    if (now->lexicon != batch->loaded.lexicon || now->table != batch->loaded.table
        || now->afterId != batch->loaded.afterId || now->finished != batch->loaded.finished)
        return Progress{0, 0, now->table, false};
    Result<Progress> progress = writeBatch(*batch);
    if (!progress)
        return progress;
    if (Result<> committed = transaction.commit(); !committed)
        return committed.error();
    return progress;
}

Result<int> VoiceBackfill::readAllInOpenTransaction(const std::function<void(int)> &rowsRead)
{
    int read = 0;
    for (;;) {
        Result<Batch> batch = readBatch(2000);
        if (!batch)
            return batch.error();
        if (batch->startedFinished)
            return read;
        Result<Progress> progress = writeBatch(*batch);
        if (!progress)
            return progress.error();
        read += progress->rows;
        if (rowsRead)
            rowsRead(read);
        if (progress->finished)
            return read;
    }
}

Result<VoiceBackfill::Batch> VoiceBackfill::readBatch(int rows)
{
    Result<VoiceScanMarker> loaded = VoiceScanMarker::load(m_store);
    if (!loaded)
        return loaded.error();
    Batch batch;
    batch.loaded = *loaded;
    batch.marker = *loaded;
    const QStringList tables = VoiceQueries::noteTables();
    if (batch.marker.lexicon != m_analyser->lexicon().version)
        batch.marker = VoiceScanMarker{m_analyser->lexicon().version, tables.first(), {}, false};
    if (batch.marker.finished) {
        batch.startedFinished = true;
        return batch;
    }
    Result<QList<VoiceNoteText>> notes = VoiceQueries(m_store).notesAfter(
            batch.marker.table, batch.marker.afterId, rows, &batch.lastId);
    if (!notes)
        return notes.error();
    const VoiceCapture capture(m_store, m_analyser);
    for (const VoiceNoteText &note : *notes)
        batch.notes.append({note.ref, capture.hear(note)});
    return batch;
}

Result<VoiceBackfill::Progress> VoiceBackfill::writeBatch(const Batch &batch)
{
    // Notes written before are read again on every desk that holds them, with the same
    // result: what this pass finds stays here, never queued (VoiceFindingRepository).
    VoiceCapture capture(m_store, m_analyser);
    Progress progress;
    for (const auto &[ref, heard] : batch.notes) {
        Result<int> stored = capture.store(ref, heard, VoiceFindingRepository::FindingSync::LocalOnly);
        if (!stored)
            return stored.error();
        progress.changed += *stored;
    }
    VoiceScanMarker marker = batch.marker;
    const QStringList tables = VoiceQueries::noteTables();
    if (batch.lastId.isEmpty()) { // this table is done: the next one, from its start
        const qsizetype next = tables.indexOf(marker.table) + 1;
        if (next >= tables.size())
            marker.finished = true;
        else
            marker.table = tables.at(next);
        marker.afterId.clear();
    } else {
        marker.afterId = batch.lastId;
        progress.rows = int(batch.notes.size()); // note columns read
    }
    if (Result<> saved = marker.save(m_store); !saved)
        return saved.error();
    progress.table = marker.table;
    progress.finished = marker.finished;
    return progress;
}

} // namespace bd
