#pragma once

#include "app/domain/Result.h"
#include "database/voice/VoiceRecords.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace bd {

class Store;

// One note column to read: what the background pass and a save hand to the analyser.
struct VoiceNoteText
{
    VoiceNoteRef ref;
    CustomerId customerId;
    QDate notedOn;
    QString staffId;
    QString callListId;
    QString text; // plain
};

// The branch head's view: how often an objection or a competitor was heard, per call list,
// product family and month.
struct VoiceReportRow
{
    QString callListId; // '' for notes outside a call list
    QString callListName;
    QString family;
    QString month; // YYYY-MM
    QString kind;
    QString label;
    int count = 0;
};

// Reads the customer-voice tables and the notes they come from. Sealed values are opened
// here (SensitiveColumns); the services decide who sees what and mask it.
class VoiceQueries
{
public:
    explicit VoiceQueries(Store &store);

    // The tables whose notes are read, in the order the background pass walks them.
    static QStringList noteTables();
    // Up to `limit` rows of `table` with an id after `afterId` (ids sort by creation), each
    // note column of a row as its own entry; empty columns are left out. `lastId` gets the
    // last row id read ('' when nothing was left).
    Result<QList<VoiceNoteText>> notesAfter(const QString &table, const QString &afterId,
                                            int limit, QString *lastId) const;
    // The note columns of one row (after a save).
    Result<QList<VoiceNoteText>> noteRow(const QString &table, const QString &id) const;

    // Live findings of a customer (newest note first), with the decision about each.
    Result<QList<VoiceFindingRecord>> ofCustomer(const CustomerId &customerId, int limit = 500) const;
    Result<QList<VoiceFindingRecord>> ofNote(const QString &table, const QString &id) const;
    Result<VoiceFindingRecord> byId(const QString &findingId) const;

    // Objections and competitor mentions of a branch's customers between two days.
    Result<QList<VoiceReportRow>> report(const QString &branchId, const QDate &from,
                                         const QDate &to) const;
    // The findings behind one cell of the report ('*' for any call list / family / month).
    Result<QList<VoiceFindingRecord>> reportFindings(const QString &branchId, const QString &kind,
                                                     const QString &label,
                                                     const QString &callListId,
                                                     const QString &family, const QString &month,
                                                     int limit = 200) const;
    // Per customer, the newest interest or objection heard since `since` and not dismissed
    // (the Today ranking's "heard" reason).
    Result<QHash<QString, VoiceFindingRecord>> headlines(const QStringList &customerIds,
                                                         const QDate &since) const;
    QString customerName(const CustomerId &customerId) const;
    QString kycAnswerId(const QString &sessionId, const QString &questionId) const;
    // The plain text of the note column a finding came from.
    Result<QString> noteText(const VoiceNoteRef &ref) const;

private:
    Result<QList<VoiceNoteText>> readNotes(const QString &table, const QString &where,
                                           const QVariantList &binds, QString *lastId) const;
    Result<QList<VoiceFindingRecord>> readFindings(const QString &where,
                                                   const QVariantList &binds) const;
    Store &m_store;
};

} // namespace bd
