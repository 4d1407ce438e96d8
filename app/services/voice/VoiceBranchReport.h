#pragma once

#include "app/domain/Result.h"
#include "app/services/core/Session.h"
#include "database/voice/VoiceQueries.h"

#include <QCoreApplication>

namespace bd {

class Store;

// For the branch head (view_branch_dashboard): objections and competitor mentions by call
// list, product family and month, and behind each count the notes, masked: the customer's
// name masked, long digit runs (phones, ID and account numbers) masked, the phrase kept.
class VoiceBranchReport
{
    Q_DECLARE_TR_FUNCTIONS(VoiceBranchReport)

public:
    VoiceBranchReport(Store &store, const Session &session);

    Result<QList<VoiceReportRow>> counts(const QDate &from, const QDate &to) const;
    // The notes behind a cell; "*" in its call list, family or month stands for any.

    struct Note
    {
        QDate notedOn;
        QString customer; // masked name
        QString label;    // translated
        QString phrase;
        QString note;     // masked text of the note column
    };
    Result<QList<Note>> notes(const VoiceReportRow &cell) const;

    // Digit runs of 6 or more keep their last 4 (手机138****5678 -> ******5678).
    static QString maskNote(const QString &text);

private:
    Store &m_store;
    Session m_session;
};

} // namespace bd
