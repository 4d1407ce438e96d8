#pragma once

#include "app/domain/Result.h"
#include "database/voice/VoiceRecords.h"

#include <QCoreApplication>
#include <QList>

namespace bd {

class Store;

// Writes the customer-voice tables. Every write records its sync change and seals the
// phrase; call inside the caller's Transaction (the note and what was heard in it commit
// together).
class VoiceFindingRepository
{
    Q_DECLARE_TR_FUNCTIONS(VoiceFindingRepository)

public:
    explicit VoiceFindingRepository(Store &store);

    // Makes the stored findings of one note column what `heard` says: new ids inserted, ids
    // no longer heard tombstoned unless a person decided about them (a decision is history).
    // A finding tombstoned before stays so (a delete is final). Returns how many changed.
    Result<int> replaceFindings(const VoiceNoteRef &note, const QList<VoiceFindingRecord> &heard);

    Result<> saveReview(const VoiceReviewRecord &review);

    // The tag vocabulary row (dimension, category, value), made if missing under `id` (the
    // caller derives it from the three, so that two desks make the same row).
    Result<QString> ensureTag(const QString &id, const QString &dimension, const QString &category,
                              const QString &value);
    // Sets the tag on the customer with source 'voice' and the finding it came from; a tag
    // the customer already has keeps its source and only notes the finding. Returns the
    // customer_tag id.
    Result<QString> setVoiceTag(const QString &customerId, const QString &tagId,
                                const QString &findingId, const QString &staffId);

private:
    Store &m_store;
};

} // namespace bd
