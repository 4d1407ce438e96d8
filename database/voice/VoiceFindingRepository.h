#pragma once

#include "app/domain/Result.h"
#include "database/voice/VoiceRecords.h"

#include <QCoreApplication>
#include <QList>

namespace bd {

class Store;

// Writes the customer-voice tables. Every write seals the phrase and records its sync change,
// except what the background pass re-derives (FindingSync::LocalOnly, see replaceFindings);
// call inside the caller's Transaction (the note and what was heard in it commit together).
class VoiceFindingRepository
{
    Q_DECLARE_TR_FUNCTIONS(VoiceFindingRepository)

public:
    explicit VoiceFindingRepository(Store &store);

    // Whether the rows written go to sync. A note saved here queues its findings: they travel
    // with the note. A note read again in the background (written before, or under another
    // lexicon) does not: findings are a pure function of note and lexicon and their ids
    // derive from the note, so every desk holding the note derives the same rows itself;
    // queueing them made every desk push every finding of the branch (issue #15: at 1M an
    // upgraded file queued ~8,000 findings per sign-in until the pass ended).
    enum class FindingSync { Queued, LocalOnly };

    // Makes the stored findings of one note column what `heard` says: new ids inserted, ids
    // no longer heard tombstoned unless a person decided about them (a decision is history).
    // A finding tombstoned before stays so (a delete is final). Returns how many changed.
    Result<int> replaceFindings(const VoiceNoteRef &note, const QList<VoiceFindingRecord> &heard,
                                FindingSync sync = FindingSync::Queued);

    Result<> saveReview(const VoiceReviewRecord &review);

    // The tag vocabulary row (dimension, category, value), made if missing under `id` (the
    // caller derives it from the three, so that two desks make the same row).
    Result<QString> ensureTag(const QString &id, const QString &dimension, const QString &category,
                              const QString &value);
    // Sets the tag on the customer with source 'voice' and the finding it came from; a tag
    // the customer already has keeps its source and only notes the finding. Returns the
    // customer_tag id.
    Result<QString> setVoiceTag(const CustomerId &customerId, const QString &tagId,
                                const QString &findingId, const QString &staffId);

private:
    Store &m_store;
};

} // namespace bd
