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
    Transaction transaction(m_store.database());
    Result<Progress> progress = stepInOpenTransaction(rows);
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
        Result<Progress> progress = stepInOpenTransaction(2000);
        if (!progress)
            return progress.error();
        read += progress->rows;
        if (rowsRead)
            rowsRead(read);
        if (progress->finished)
            return read;
    }
}

Result<VoiceBackfill::Progress> VoiceBackfill::stepInOpenTransaction(int rows)
{
    Result<VoiceScanMarker> loaded = VoiceScanMarker::load(m_store);
    if (!loaded)
        return loaded.error();
    VoiceScanMarker marker = *loaded;
    const QStringList tables = VoiceQueries::noteTables();
    if (marker.lexicon != m_analyser->lexicon().version) {
        marker = VoiceScanMarker{m_analyser->lexicon().version, tables.first(), {}, false};
    }
    Progress progress;
    if (marker.finished) {
        progress.finished = true;
        return progress;
    }
    const VoiceQueries queries(m_store);
    VoiceCapture capture(m_store, m_analyser);
    QString lastId;
    Result<QList<VoiceNoteText>> notes = queries.notesAfter(marker.table, marker.afterId, rows, &lastId);
    if (!notes)
        return notes.error();
    // Notes written before are read again on every desk that holds them, with the same
    // result: what this pass finds stays here, never queued (VoiceFindingRepository).
    for (const VoiceNoteText &note : *notes) {
        Result<int> stored = capture.capture(note, VoiceFindingRepository::FindingSync::LocalOnly);
        if (!stored)
            return stored.error();
        progress.changed += *stored;
    }
    if (lastId.isEmpty()) { // this table is done: the next one, from its start
        const qsizetype next = tables.indexOf(marker.table) + 1;
        if (next >= tables.size())
            marker.finished = true;
        else
            marker.table = tables.at(next);
        marker.afterId.clear();
    } else {
        marker.afterId = lastId;
        progress.rows = int(notes->size()); // note columns read
    }
    if (Result<> saved = marker.save(m_store); !saved)
        return saved.error();
    progress.table = marker.table;
    progress.finished = marker.finished;
    return progress;
}

} // namespace bd
