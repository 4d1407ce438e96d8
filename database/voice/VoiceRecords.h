#pragma once

#include "app/domain/Ids.h"

#include <QDate>
#include <QString>

#include <optional>

namespace bd {

// Where a note lives: the table, the row, the column (a contact has the customer's words and
// the objection in two columns; each is read on its own, positions are per column).
struct VoiceNoteRef
{
    QString table; // interaction, referral, care_task, kyc_answer, fund_arrival, referral_transition
    QString id;
    QString field;
};

// One stored finding (voice_finding), with the decision about it (voice_review) if any.
struct VoiceFindingRecord
{
    QString id;
    CustomerId customerId;
    VoiceNoteRef note;
    QDate notedOn;
    QString staffId;
    QString callListId;
    QString kind;  // VoiceKinds code
    QString label; // the lexicon label's code
    QString family;
    QString phrase; // plain (sealed at rest)
    int start = 0;  // UTF-16 offsets in the note's column
    int length = 0;
    std::optional<qint64> amountFen;
    QDate mentionedOn;
    bool hedged = false;
    QString lexicon;
    QString decision; // '' (a suggestion), confirmed, dismissed
};

// A person's decision about a finding (its id is the finding's).
struct VoiceReviewRecord
{
    QString findingId;
    CustomerId customerId;
    QString decision; // confirmed | dismissed
    QString staffId;
    QString decidedAt;
    QString customerTagId;
    QString careTaskId;
};

} // namespace bd
