#pragma once

#include "app/domain/Result.h"
#include "app/domain/voice/VoiceAnalyser.h"
#include "database/voice/VoiceFindingRepository.h"
#include "database/voice/VoiceQueries.h"

#include <memory>

namespace bd {

class Store;

// Hears what a saved note says and stores it (voice_finding), inside the caller's
// transaction: the services call noteSaved() right after writing a call outcome, a contact
// note, a referral or a KYC answer (the findings are queued for sync with the note); the
// background pass (VoiceBackfill) calls capture() with FindingSync::LocalOnly for notes
// written before (every desk derives those itself). Finding ids are derived from the note,
// so a second reading, here or on another desk, makes the same rows.
class VoiceCapture
{
public:
    explicit VoiceCapture(Store &store,
                          std::shared_ptr<const VoiceAnalyser> analyser = nullptr);

    // Reads the note row back and stores what each of its note columns says.
    Result<int> noteSaved(const QString &table, const QString &id);
    Result<int> capture(const VoiceNoteText &note,
                        VoiceFindingRepository::FindingSync sync
                        = VoiceFindingRepository::FindingSync::Queued);
    // The two halves of capture(): what the note says (no database: the background pass
    // hears a batch before it takes the write lock), and storing it.
    QList<VoiceFindingRecord> hear(const VoiceNoteText &note) const;
    Result<int> store(const VoiceNoteRef &note, const QList<VoiceFindingRecord> &heard,
                      VoiceFindingRepository::FindingSync sync);
    // A KYC answer saved in a draft (a free-text answer is read; others have no words).
    Result<int> kycAnswerSaved(const QString &sessionId, const QString &questionId);

    // The id of a finding: a UUIDv7 whose time is the note's day and whose random bits are
    // a digest of the note, column, label and position.
    static QString findingId(const VoiceNoteRef &note, const QString &key, int start,
                             const QDate &notedOn);
    // The tag a confirmed finding becomes: dimension, category, value and its id.
    struct TagRef
    {
        QString id;
        QString dimension;
        QString category;
        QString value;
    };
    static TagRef tagFor(VoiceKind kind, const VoiceLabelDefinition &label);

private:
    Store &m_store;
    std::shared_ptr<const VoiceAnalyser> m_analyser;
};

} // namespace bd
