#include "database/voice/VoiceQueries.h"

#include "database/core/SensitiveColumns.h"
#include "database/core/SqlQuery.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QVariant>

namespace bd {

namespace {

// How each note table is read: fixed SQL, `%1` is the row condition. A voided contact's notes
// are not read (again): nothing said in them is the customer's (ContactVoiding). Columns: id,
// customer, day, staff, call list, then the note columns named in `fields`.
struct Source
{
    const char *table;
    const char *select;
    QStringList fields;
};

const QList<Source> &sources()
{
    static const QList<Source> list = {
            {"interaction",
             "SELECT i.id, i.customer_id, i.occurred_at, coalesce(i.staff_id, ''), "
             "coalesce((SELECT t.call_list_id FROM call_task t WHERE t.interaction_id = i.id "
             "LIMIT 1), ''), i.customer_voice, i.objection FROM interaction i "
             "WHERE i.deleted = 0 AND i.voided_at IS NULL AND %1 ORDER BY i.id LIMIT ?",
             {QStringLiteral("customer_voice"), QStringLiteral("objection")}},
            {"referral",
             "SELECT r.id, r.customer_id, r.created_at, r.referred_by, '', "
             "r.reason, r.interest FROM referral r WHERE r.deleted = 0 AND r.customer_id IS NOT "
             "NULL AND %1 ORDER BY r.id LIMIT ?",
             {QStringLiteral("reason"), QStringLiteral("interest")}},
            // A promised follow-up's own task repeats the phrase: not read again.
            {"care_task",
             "SELECT c.id, c.customer_id, coalesce(c.done_at, c.updated_at), "
             "coalesce(c.staff_id, ''), '', c.note FROM care_task c WHERE c.deleted = 0 "
             "AND c.kind <> 'follow_up' AND c.note <> '' AND %1 ORDER BY c.id LIMIT ?",
             {QStringLiteral("note")}},
            {"fund_arrival",
             "SELECT f.id, f.customer_id, f.updated_at, '', '', f.note "
             "FROM fund_arrival f WHERE f.deleted = 0 AND f.note <> '' AND %1 ORDER BY f.id LIMIT ?",
             {QStringLiteral("note")}},
            // Free-text KYC answers: the answer's JSON is a string.
            {"kyc_answer",
             "SELECT a.id, s.customer_id, a.answered_at, coalesce(s.staff_id, ''), "
             "'', a.value_json FROM kyc_answer a JOIN kyc_session s ON s.id = a.session_id "
             "WHERE s.deleted = 0 AND %1 ORDER BY a.id LIMIT ?",
             {QStringLiteral("value_json")}},
    };
    return list;
}

// The day a note was written, on this workstation's clock: relative dates (下周三) are
// what the writer meant on their own calendar, not UTC's (07:00 in Shanghai is 23:00 UTC).
QDate localDay(const QString &stamp)
{
    if (!stamp.contains(QLatin1Char('T')))
        return QDate::fromString(stamp.left(10), Qt::ISODate);
    QDateTime at = QDateTime::fromString(stamp, Qt::ISODate);
    if (!at.isValid())
        return QDate::fromString(stamp.left(10), Qt::ISODate);
    return at.toLocalTime().date();
}

const Source *sourceOf(const QString &table)
{
    for (const Source &s : sources()) {
        if (table == QLatin1String(s.table))
            return &s;
    }
    return nullptr;
}

QString idColumn(const QString &table)
{
    const QString alias = table == QLatin1String("kyc_answer") ? QStringLiteral("a")
                                                              : table.left(1);
    return alias + QStringLiteral(".id");
}

const char kFindingSelect[] =
        "SELECT f.id, f.customer_id, f.note_table, f.note_id, f.note_field, f.noted_on, "
        "coalesce(f.staff_id, ''), coalesce(f.call_list_id, ''), f.kind, f.label, f.family, "
        "f.phrase, f.start_utf16, f.length_utf16, f.amount_fen, f.mentioned_on, f.hedged, "
        "f.lexicon, coalesce(r.decision, '') FROM voice_finding f "
        "LEFT JOIN voice_review r ON r.id = f.id AND r.deleted = 0 ";

} // namespace

VoiceQueries::VoiceQueries(Store &store)
    : m_store(store)
{
}

QStringList VoiceQueries::noteTables()
{
    QStringList tables;
    for (const Source &s : sources())
        tables << QLatin1String(s.table);
    return tables;
}

Result<QList<VoiceNoteText>> VoiceQueries::readNotes(const QString &table, const QString &where,
                                                     const QVariantList &binds,
                                                     QString *lastId) const
{
    const Source *source = sourceOf(table);
    if (!source)
        return Error(QStringLiteral("no notes are read from %1").arg(table));
    SqlQuery q(m_store.database());
    q.setForwardOnly(true);
    q.prepare(QString::fromLatin1(source->select).arg(where));
    for (const QVariant &bind : binds)
        q.bind(bind);
    if (Result<> ran = q.exec(); !ran)
        return ran.error();
    QList<VoiceNoteText> notes;
    if (lastId)
        lastId->clear();
    while (q.next()) {
        const QString id = q.value(0).toString();
        if (lastId)
            *lastId = id;
        for (int f = 0; f < source->fields.size(); ++f) {
            const QString column = source->fields.at(f);
            const QVariant stored = q.value(5 + f);
            if (stored.toString().isEmpty())
                continue;
            QString text = SensitiveColumns::openColumn(m_store, table, column, stored).toString();
            if (column == QLatin1String("value_json")) {
                const QJsonValue value = QJsonDocument::fromJson(
                        QByteArray("[") + text.toUtf8() + QByteArray("]")).array().at(0);
                if (!value.isString())
                    continue; // a choice, a number, a range: not words
                text = value.toString();
            }
            if (text.trimmed().isEmpty())
                continue;
            VoiceNoteText note;
            note.ref = {table, id, column};
            note.customerId = CustomerId(q.text(1));
            note.notedOn = localDay(q.value(2).toString());
            note.staffId = q.value(3).toString();
            note.callListId = q.value(4).toString();
            note.text = text;
            notes.append(note);
        }
    }
    return notes;
}

Result<QList<VoiceNoteText>> VoiceQueries::notesAfter(const QString &table, const QString &afterId,
                                                      int limit, QString *lastId) const
{
    // An empty marker is '' (not NULL: "id > NULL" is never true).
    return readNotes(table, idColumn(table) + QStringLiteral(" > ?"),
                     {afterId.isNull() ? QStringLiteral("") : afterId, limit}, lastId);
}

Result<QList<VoiceNoteText>> VoiceQueries::noteRow(const QString &table, const QString &id) const
{
    return readNotes(table, idColumn(table) + QStringLiteral(" = ?"), {id, 1}, nullptr);
}

Result<QList<VoiceFindingRecord>> VoiceQueries::readFindings(const QString &where,
                                                             const QVariantList &binds) const
{
    return SqlQuery::readAll<VoiceFindingRecord>(
            m_store.database(), QLatin1String(kFindingSelect) + where, binds,
            [this](const SqlQuery &q) {
                VoiceFindingRecord f;
                f.id = q.value(0).toString();
                f.customerId = CustomerId(q.text(1));
                f.note = { q.value(2).toString(), q.value(3).toString(), q.value(4).toString() };
                f.notedOn = QDate::fromString(q.value(5).toString(), Qt::ISODate);
                f.staffId = q.value(6).toString();
                f.callListId = q.value(7).toString();
                f.kind = q.value(8).toString();
                f.label = q.value(9).toString();
                f.family = q.value(10).toString();
                f.phrase = SensitiveColumns::open(m_store, q.value(11));
                f.start = q.value(12).toInt();
                f.length = q.value(13).toInt();
                if (!q.value(14).isNull())
                    f.amountFen = q.value(14).toLongLong();
                f.mentionedOn = QDate::fromString(q.value(15).toString(), Qt::ISODate);
                f.hedged = q.value(16).toInt() != 0;
                f.lexicon = q.value(17).toString();
                f.decision = q.value(18).toString();
                return f;
            });
}

Result<QList<VoiceFindingRecord>> VoiceQueries::ofCustomer(const CustomerId &customerId,
                                                           int limit) const
{
    return readFindings(QStringLiteral("WHERE f.customer_id = ? AND f.deleted = 0 "
                                       "ORDER BY f.noted_on DESC, f.note_id DESC, f.start_utf16 LIMIT ?"),
                        {customerId.toString(), limit});
}

Result<QList<VoiceFindingRecord>> VoiceQueries::ofNote(const QString &table, const QString &id) const
{
    return readFindings(QStringLiteral("WHERE f.note_table = ? AND f.note_id = ? AND f.deleted = 0 "
                                       "ORDER BY f.note_field, f.start_utf16"),
                        {table, id});
}

Result<VoiceFindingRecord> VoiceQueries::byId(const QString &findingId) const
{
    Result<QList<VoiceFindingRecord>> found
            = readFindings(QStringLiteral("WHERE f.id = ? AND f.deleted = 0"), {findingId});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error(QStringLiteral("no such finding"));
    return found->first();
}

Result<QList<VoiceReportRow>> VoiceQueries::report(const QString &branchId, const QDate &from,
                                                   const QDate &to) const
{
    // From the kept counts per day (voice_finding_figure, migration 0039): a few rows per day
    // of the period instead of every objection and competitor finding of it joined to its
    // customer and review (6.2-8.5 s at 1,000,000 customers, docs/BENCHMARKS.md).
    return SqlQuery::readAll<VoiceReportRow>(
            m_store.database(),
            QStringLiteral(
                    "SELECT v.call_list_id, coalesce(l.name, ''), v.family, "
                    "substr(v.noted_on, 1, 7), v.kind, v.label, sum(v.heard) "
                    "FROM voice_finding_figure v LEFT JOIN call_list l ON l.id = v.call_list_id "
                    "WHERE v.branch_id = ? AND v.noted_on BETWEEN ? AND ? "
                    "GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY 4 DESC, 5, 7 DESC"),
            { branchId, SqlTime::date(from), SqlTime::date(to) }, [](const SqlQuery &q) {
                return VoiceReportRow { q.text(0), q.text(1), q.text(2),   q.text(3),
                                        q.text(4), q.text(5), q.integer(6) };
            });
}

Result<QList<VoiceFindingRecord>>
VoiceQueries::reportFindings(const QString &branchId, const QString &kind, const QString &label,
                             const QString &callListId, const QString &family, const QString &month,
                             int limit) const
{
    // '*' matches anything: each condition is fixed text, the values are bound.
    return readFindings(
            QStringLiteral("JOIN customer c ON c.id = f.customer_id WHERE f.deleted = 0 "
                           "AND c.branch_id = ? AND f.kind = ? AND f.label = ? "
                           "AND (? = '*' OR coalesce(f.call_list_id, '') = ?) "
                           "AND (? = '*' OR f.family = ?) "
                           "AND (? = '*' OR substr(f.noted_on, 1, 7) = ?) "
                           "AND coalesce(r.decision, '') <> 'dismissed' "
                           "ORDER BY f.noted_on DESC LIMIT ?"),
            {branchId, kind, label, callListId, callListId, family, family, month, month, limit});
}

Result<QHash<QString, VoiceFindingRecord>> VoiceQueries::headlines(const QStringList &customerIds,
                                                                   const QDate &since) const
{
    QHash<QString, VoiceFindingRecord> newest;
    if (customerIds.isEmpty())
        return newest;
    const QString ids = QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(customerIds)).toJson(QJsonDocument::Compact));
    Result<QList<VoiceFindingRecord>> found = readFindings(
            QStringLiteral("WHERE f.customer_id IN (SELECT value FROM json_each(?)) "
                           "AND f.deleted = 0 AND f.kind IN ('interest', 'objection') "
                           "AND f.noted_on >= ? AND coalesce(r.decision, '') <> 'dismissed' "
                           "ORDER BY f.noted_on DESC, f.note_id DESC"),
            {ids, SqlTime::date(since)});
    if (!found)
        return found.error();
    for (const VoiceFindingRecord &f : *found) {
        if (!newest.contains(f.customerId.toString()))
            newest.insert(f.customerId.toString(), f);
    }
    return newest;
}

QString VoiceQueries::customerName(const CustomerId &customerId) const
{
    SqlQuery q(m_store.database(), QStringLiteral("SELECT name FROM customer WHERE id = ?"));
    q.bind(customerId);
    return q.select() && q.next() ? q.text(0) : QString();
}

QString VoiceQueries::kycAnswerId(const QString &sessionId, const QString &questionId) const
{
    SqlQuery q(m_store.database(),
               QStringLiteral("SELECT id FROM kyc_answer WHERE session_id = ? AND question_id = ?"));
    q.bind(sessionId).bind(questionId);
    return q.select() && q.next() ? q.text(0) : QString();
}

Result<QString> VoiceQueries::noteText(const VoiceNoteRef &ref) const
{
    Result<QList<VoiceNoteText>> notes = noteRow(ref.table, ref.id);
    if (!notes)
        return notes.error();
    for (const VoiceNoteText &note : *notes) {
        if (note.ref.field == ref.field)
            return note.text;
    }
    return QString();
}

} // namespace bd
