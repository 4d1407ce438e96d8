#pragma once

#include "app/domain/Result.h"
#include "app/services/core/Session.h"
#include "database/voice/VoiceRecords.h"

#include <QCoreApplication>
#include <QDate>

namespace bd {

class Store;

// A finding counts only once a person confirms it (docs/VOICE.md): confirming makes a tag
// with source "voice" that names the finding (so its note and day), a promised follow-up
// becomes a care task on its day; dismissing keeps the finding out of suggestions and
// counts. Nothing here touches a KYC answer: a life event heard in a note is a tag, and the
// KYC file changes only in the KYC wizard, by the manager.
class VoiceReview
{
    Q_DECLARE_TR_FUNCTIONS(VoiceReview)

public:
    VoiceReview(Store &store, const Session &session, QDate today = QDate::currentDate());

    struct Confirmed
    {
        QString customerTagId; // '' for a follow-up
        QString careTaskId;    // '' unless a follow-up
    };
    Result<Confirmed> confirm(const QString &findingId);
    Result<> dismiss(const QString &findingId);

private:
    Result<> mayReview() const;
    Result<VoiceFindingRecord> toReview(const QString &findingId) const; // checked, found
    Store &m_store;
    Session m_session;
    QDate m_today;
};

} // namespace bd
