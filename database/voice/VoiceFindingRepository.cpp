#include "database/voice/VoiceFindingRepository.h"

#include "app/domain/Uuid7.h"
#include "database/core/SensitiveColumns.h"
#include "database/core/SqlQuery.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/sync/ChangeRecorder.h"

#include <QSet>
#include <QVariant>

namespace bd {

namespace {

// NULL as an invalid QVariant: it binds as NULL and travels as JSON null ('' would not).
QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariantMap fieldsOf(const VoiceFindingRecord &f)
{
    return {{QStringLiteral("customer_id"), f.customerId.toString()},
            {QStringLiteral("note_table"), f.note.table},
            {QStringLiteral("note_id"), f.note.id},
            {QStringLiteral("note_field"), SqlValue::notNull(f.note.field)},
            {QStringLiteral("noted_on"), SqlTime::date(f.notedOn)},
            {QStringLiteral("staff_id"), nullable(f.staffId)},
            {QStringLiteral("call_list_id"), nullable(f.callListId)},
            {QStringLiteral("kind"), SqlValue::notNull(f.kind)},
            {QStringLiteral("label"), SqlValue::notNull(f.label)},
            {QStringLiteral("family"), SqlValue::notNull(f.family)},
            {QStringLiteral("phrase"), SqlValue::notNull(f.phrase)},
            {QStringLiteral("start_utf16"), f.start},
            {QStringLiteral("length_utf16"), f.length},
            {QStringLiteral("amount_fen"), f.amountFen ? QVariant(*f.amountFen) : QVariant()},
            {QStringLiteral("mentioned_on"), f.mentionedOn.isValid()
                     ? QVariant(SqlTime::date(f.mentionedOn)) : QVariant()},
            {QStringLiteral("hedged"), f.hedged ? 1 : 0},
            {QStringLiteral("lexicon"), SqlValue::notNull(f.lexicon)}};
}

const char *const kFindingColumns[] = {"customer_id", "note_table", "note_id", "note_field",
                                       "noted_on", "staff_id", "call_list_id", "kind", "label",
                                       "family", "phrase", "start_utf16", "length_utf16",
                                       "amount_fen", "mentioned_on", "hedged", "lexicon"};

} // namespace

VoiceFindingRepository::VoiceFindingRepository(Store &store)
    : m_store(store)
{
}

Result<int> VoiceFindingRepository::replaceFindings(const VoiceNoteRef &note,
                                                    const QList<VoiceFindingRecord> &heard,
                                                    FindingSync sync)
{
    struct Existing
    {
        int version;
        bool deleted;
        bool reviewed;
    };
    QHash<QString, Existing> existing;
    SqlQuery read(m_store.database());
    read.setForwardOnly(true);
    read.prepare(QStringLiteral(
            "SELECT f.id, f.version, f.deleted, r.id IS NOT NULL FROM voice_finding f "
            "LEFT JOIN voice_review r ON r.id = f.id AND r.deleted = 0 "
            "WHERE f.note_table = ? AND f.note_id = ? AND f.note_field = ?"));
    read.bind(note.table).bind(note.id).bind(note.field);
    if (Result<> ran = read.exec(); !ran)
        return ran.error();
    while (read.next())
        existing.insert(read.value(0).toString(),
                        {read.value(1).toInt(), read.value(2).toInt() != 0, read.value(3).toBool()});

    ChangeRecorder recorder(m_store);
    const bool queued = sync == FindingSync::Queued;
    const QString now = SqlTime::now();
    int changed = 0;
    QSet<QString> kept;
    for (const VoiceFindingRecord &finding : heard) {
        kept.insert(finding.id);
        if (existing.contains(finding.id))
            continue; // heard before (or deleted before: final)
        const QVariantMap fields = fieldsOf(finding);
        const std::optional<QVariantMap> stored
                = SensitiveColumns::sealFields(m_store, QStringLiteral("voice_finding"), fields);
        if (!stored)
            return Error(SensitiveColumns::lockedMessage());
        SqlQuery insert(m_store.database(), QStringLiteral(
                "INSERT INTO voice_finding(id, customer_id, note_table, note_id, note_field, "
                "noted_on, staff_id, call_list_id, kind, label, family, phrase, start_utf16, "
                "length_utf16, amount_fen, mentioned_on, hedged, lexicon, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        insert.bind(finding.id);
        for (const char *column : kFindingColumns)
            insert.bind(stored->value(QLatin1String(column)));
        insert.bind(now);
        if (Result<> ran = insert.exec(); !ran)
            return ran.error();
        if (const Result<> recorded = queued
                    ? recorder.recordUpsert(QStringLiteral("voice_finding"), finding.id, fields, 0)
                    : Result<>();
            !recorded)
            return recorded.error();
        ++changed;
    }
    for (auto it = existing.cbegin(); it != existing.cend(); ++it) {
        if (kept.contains(it.key()) || it->deleted || it->reviewed)
            continue;
        SqlQuery drop(m_store.database(),
                      QStringLiteral("UPDATE voice_finding SET deleted = 1, updated_at = ?, "
                                     "version = version + 1 WHERE id = ? AND version = ?"));
        drop.bind(now).bind(it.key()).bind(it->version);
        if (Result<> ran = drop.exec(); !ran)
            return ran.error();
        if (const Result<> recorded = queued
                    ? recorder.recordDelete(QStringLiteral("voice_finding"), it.key(), it->version)
                    : Result<>();
            !recorded)
            return recorded.error();
        ++changed;
    }
    return changed;
}

Result<> VoiceFindingRepository::saveReview(const VoiceReviewRecord &review)
{
    SqlQuery existing(m_store.database(),
                      QStringLiteral("SELECT version FROM voice_review WHERE id = ?"));
    existing.bind(review.findingId);
    if (Result<> ran = existing.exec(); !ran)
        return ran;
    const int baseVersion = existing.next() ? existing.value(0).toInt() : 0;
    const QString now = SqlTime::now();
    const QVariantMap fields{{QStringLiteral("customer_id"), review.customerId.toString()},
                             {QStringLiteral("decision"), review.decision},
                             {QStringLiteral("staff_id"), nullable(review.staffId)},
                             {QStringLiteral("decided_at"), review.decidedAt},
                             {QStringLiteral("customer_tag_id"), nullable(review.customerTagId)},
                             {QStringLiteral("care_task_id"), nullable(review.careTaskId)},
                             {QStringLiteral("deleted"), 0}};
    SqlQuery write(m_store.database());
    if (baseVersion > 0) {
        write.prepare(QStringLiteral(
                "UPDATE voice_review SET customer_id = ?, decision = ?, staff_id = ?, "
                "decided_at = ?, customer_tag_id = ?, care_task_id = ?, deleted = 0, "
                "updated_at = ?, version = version + 1 WHERE id = ? AND version = ?"));
    } else {
        write.prepare(QStringLiteral(
                "INSERT INTO voice_review(customer_id, decision, staff_id, decided_at, "
                "customer_tag_id, care_task_id, deleted, updated_at, id) "
                "VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)"));
    }
    for (const char *column : {"customer_id", "decision", "staff_id", "decided_at",
                               "customer_tag_id", "care_task_id"})
        write.bind(fields.value(QLatin1String(column)));
    write.bind(now);
    write.bind(review.findingId);
    if (baseVersion > 0)
        write.bind(baseVersion);
    if (Result<> ran = write.execOnOneRow(); !ran)
        return Error(tr("The decision could not be saved: %1").arg(ran.errorString()));
    ChangeRecorder recorder(m_store);
    return recorder.recordUpsert(QStringLiteral("voice_review"), review.findingId, fields,
                                 baseVersion);
}

Result<QString> VoiceFindingRepository::ensureTag(const QString &id, const QString &dimension,
                                                  const QString &category, const QString &value)
{
    SqlQuery find(m_store.database(),
                  QStringLiteral("SELECT id FROM tag WHERE dimension = ? AND category = ? "
                                 "AND value = ?"));
    find.bind(dimension).bind(category).bind(value);
    if (Result<> ran = find.exec(); !ran)
        return ran.error();
    if (find.next())
        return find.text(0);
    SqlQuery insert(m_store.database(),
                    QStringLiteral("INSERT INTO tag(id, dimension, category, value) "
                                   "VALUES (?, ?, ?, ?)"));
    insert.bind(id).bind(dimension).bind(category).bind(value);
    if (Result<> ran = insert.exec(); !ran)
        return ran.error();
    ChangeRecorder recorder(m_store);
    if (const Result<> recorded = recorder.recordUpsert(QStringLiteral("tag"), id,
                                                        {{QStringLiteral("dimension"), dimension},
                                                         {QStringLiteral("category"), category},
                                                         {QStringLiteral("value"), value}},
                                                        0);
        !recorded)
        return recorded.error();
    return id;
}

Result<QString> VoiceFindingRepository::setVoiceTag(const CustomerId &customerId, const QString &tagId,
                                                    const QString &findingId, const QString &staffId)
{
    SqlQuery existing(m_store.database(),
                      QStringLiteral("SELECT id, version, deleted FROM customer_tag "
                                     "WHERE customer_id = ? AND tag_id = ?"));
    existing.bind(customerId).bind(tagId);
    if (Result<> ran = existing.exec(); !ran)
        return ran.error();
    const QString now = SqlTime::now();
    ChangeRecorder recorder(m_store);
    SqlQuery write(m_store.database());
    if (existing.next()) {
        const QString id = existing.value(0).toString();
        const int baseVersion = existing.value(1).toInt();
        const bool wasDeleted = existing.value(2).toInt() != 0;
        QVariantMap fields{{QStringLiteral("voice_finding_id"), findingId}};
        if (wasDeleted) {
            fields.insert(QStringLiteral("source"), QStringLiteral("voice"));
            fields.insert(QStringLiteral("confidence"), 100);
            fields.insert(QStringLiteral("set_by"), nullable(staffId));
            fields.insert(QStringLiteral("set_at"), now);
            fields.insert(QStringLiteral("deleted"), 0);
            write.prepare(QStringLiteral(
                    "UPDATE customer_tag SET source = 'voice', confidence = 100, set_by = ?, "
                    "set_at = ?, deleted = 0, voice_finding_id = ?, updated_at = ?, "
                    "version = version + 1 WHERE id = ? AND version = ?"));
            write.bind(nullable(staffId));
            write.bind(now);
        } else {
            write.prepare(QStringLiteral(
                    "UPDATE customer_tag SET voice_finding_id = ?, updated_at = ?, "
                    "version = version + 1 WHERE id = ? AND version = ?"));
        }
        write.bind(findingId).bind(now).bind(id).bind(baseVersion);
        if (Result<> ran = write.execOnOneRow(); !ran)
            return ran.error();
        if (const Result<> recorded
            = recorder.recordUpsert(QStringLiteral("customer_tag"), id, fields, baseVersion);
            !recorded)
            return recorded.error();
        return id;
    }
    const QString id = Uuid7Generator::generate();
    const QVariantMap fields{{QStringLiteral("customer_id"), customerId.toString()},
                             {QStringLiteral("tag_id"), tagId},
                             {QStringLiteral("source"), QStringLiteral("voice")},
                             {QStringLiteral("confidence"), 100},
                             {QStringLiteral("set_by"), nullable(staffId)},
                             {QStringLiteral("set_at"), now},
                             {QStringLiteral("deleted"), 0},
                             {QStringLiteral("voice_finding_id"), findingId}};
    write.prepare(QStringLiteral(
            "INSERT INTO customer_tag(id, customer_id, tag_id, source, confidence, set_by, "
            "set_at, updated_at, voice_finding_id) VALUES (?, ?, ?, 'voice', 100, ?, ?, ?, ?)"));
    write.bind(id).bind(customerId).bind(tagId).bind(nullable(staffId));
    write.bind(now).bind(now).bind(findingId);
    if (Result<> ran = write.exec(); !ran)
        return ran.error();
    if (const Result<> recorded = recorder.recordUpsert(QStringLiteral("customer_tag"), id, fields, 0);
        !recorded)
        return recorded.error();
    return id;
}

} // namespace bd
