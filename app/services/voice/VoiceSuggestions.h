#pragma once

#include "app/domain/Result.h"
#include "app/services/core/Session.h"
#include "database/voice/VoiceRecords.h"

#include <QCoreApplication>

namespace bd {

class Store;

// The findings a person has not decided about yet, as the outcome dialog and the 360 show
// them: "heard: objection - return too low", the phrase, and the note it is in (so the
// phrase can be highlighted there).
class VoiceSuggestions
{
    Q_DECLARE_TR_FUNCTIONS(VoiceSuggestions)

public:
    VoiceSuggestions(Store &store, const Session &session);

    struct Item
    {
        VoiceFindingRecord finding;
        QString heard; // translated: 听到：异议 - 收益太低
        QString note;  // the note column's text (the finding's start and length are in it)
    };
    // Suggestions of a customer, newest note first (decided ones left out).
    Result<QList<Item>> ofCustomer(const CustomerId &customerId) const;
    // Everything heard in one note (the outcome dialog after saving it).
    Result<QList<VoiceFindingRecord>> ofNote(const QString &table, const QString &id) const;

private:
    Store &m_store;
    Session m_session;
};

} // namespace bd
