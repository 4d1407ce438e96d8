#include "database/kyc/KycRepository.h"

#include "app/domain/KycSearchForm.h"
#include "app/domain/Uuid7.h"
#include "database/core/DatabaseLogging.h"
#include "database/core/SensitiveColumns.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/sync/ChangeRecorder.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantMap>

namespace bd {

namespace {
const char *const kSessionColumns =
        "SELECT s.id, s.customer_id, coalesce(s.staff_id, ''), coalesce(u.display_name, ''), "
        "s.version_no, s.status, coalesce(s.risk_level, 0), coalesce(s.risk_score_x100, 0), "
        "s.risk_drivers, s.started_at, coalesce(s.finished_at, ''), s.updated_at, s.version "
        "FROM kyc_session s LEFT JOIN staff_user u ON u.id = s.staff_id ";

KycSessionRow sessionFrom(const QSqlQuery &query)
{
    KycSessionRow row;
    row.id = query.value(0).toString();
    row.customerId = query.value(1).toString();
    row.staffId = query.value(2).toString();
    row.staffName = query.value(3).toString();
    row.versionNo = query.value(4).toInt();
    row.status = query.value(5).toString();
    row.riskLevel = query.value(6).toInt();
    row.riskScoreX100 = query.value(7).toInt();
    row.riskDriversJson = query.value(8).toString();
    row.startedAt = query.value(9).toString();
    row.finishedAt = query.value(10).toString();
    row.updatedAt = query.value(11).toString();
    row.version = query.value(12).toInt();
    return row;
}
} // namespace

KycRepository::KycRepository(Store &store)
    : m_store(store)
{
}

bool KycRepository::fail(const QString &error)
{
    m_error = error;
    qCWarning(lcDb).noquote() << "kyc:" << error;
    return false;
}

std::optional<KycSessionRow> KycRepository::oneSession(const QString &where, const QString &binding)
{
    QSqlQuery query(m_store.database());
    if (!query.prepare(QLatin1String(kSessionColumns) + where)) {
        fail(query.lastError().text());
        return std::nullopt;
    }
    query.addBindValue(binding);
    if (!query.exec()) {
        fail(query.lastError().text());
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    return sessionFrom(query);
}

std::optional<KycSessionRow> KycRepository::draft(const QString &customerId)
{
    return oneSession(QStringLiteral("WHERE s.customer_id = ? AND s.status = 'draft' "
                                     "AND s.deleted = 0 ORDER BY s.version_no DESC LIMIT 1"),
                      customerId);
}

std::optional<KycSessionRow> KycRepository::latestFinal(const QString &customerId)
{
    return oneSession(QStringLiteral("WHERE s.customer_id = ? AND s.status = 'final' "
                                     "AND s.deleted = 0 ORDER BY s.version_no DESC LIMIT 1"),
                      customerId);
}

std::optional<KycSessionRow> KycRepository::session(const QString &sessionId)
{
    return oneSession(QStringLiteral("WHERE s.id = ?"), sessionId);
}

QList<KycSessionRow> KycRepository::sessions(const QString &customerId)
{
    QList<KycSessionRow> rows;
    QSqlQuery query(m_store.database());
    query.prepare(QLatin1String(kSessionColumns)
                  + QStringLiteral("WHERE s.customer_id = ? AND s.deleted = 0 "
                                   "ORDER BY s.version_no DESC"));
    query.addBindValue(customerId);
    if (!query.exec()) {
        fail(query.lastError().text());
        return rows;
    }
    while (query.next())
        rows.append(sessionFrom(query));
    return rows;
}

QList<KycAnswerRow> KycRepository::answers(const QString &sessionId)
{
    QList<KycAnswerRow> rows;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT id, session_id, cell, question_id, value_json, answered_at "
                                 "FROM kyc_answer WHERE session_id = ? ORDER BY cell, question_id"));
    query.addBindValue(sessionId);
    if (!query.exec()) {
        fail(query.lastError().text());
        return rows;
    }
    while (query.next())
        rows.append({query.value(0).toString(), query.value(1).toString(),
                     query.value(2).toString(), query.value(3).toString(),
                     SensitiveColumns::open(m_store, query.value(4)), query.value(5).toString()});
    return rows;
}

QList<KycTagRow> KycRepository::tags(const QString &customerId)
{
    QList<KycTagRow> rows;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral(
            "SELECT t.dimension, t.category, t.value, ct.source, ct.confidence "
            "FROM customer_tag ct JOIN tag t ON t.id = ct.tag_id "
            "WHERE ct.customer_id = ? AND ct.deleted = 0 "
            "ORDER BY t.dimension, t.category, t.value"));
    query.addBindValue(customerId);
    if (!query.exec()) {
        fail(query.lastError().text());
        return rows;
    }
    while (query.next())
        rows.append({query.value(0).toString(), query.value(1).toString(),
                     query.value(2).toString(), query.value(3).toString(),
                     query.value(4).toInt()});
    return rows;
}

bool KycRepository::customerExists(const QString &customerId)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT 1 FROM customer WHERE id = ? AND deleted = 0"));
    query.addBindValue(customerId);
    return query.exec() && query.next();
}

std::pair<QString, QString> KycRepository::customerNameAndCif(const QString &customerId)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT name, cif_no FROM customer WHERE id = ?"));
    query.addBindValue(customerId);
    if (!query.exec() || !query.next())
        return {};
    return {query.value(0).toString(), query.value(1).toString()};
}

std::optional<KycSessionRow> KycRepository::createDraft(const QString &customerId,
                                                        const QString &staffId)
{
    QSqlQuery next(m_store.database());
    next.prepare(QStringLiteral(
            "SELECT coalesce(max(version_no), 0) + 1 FROM kyc_session WHERE customer_id = ?"));
    next.addBindValue(customerId);
    if (!next.exec() || !next.next()) {
        fail(next.lastError().text());
        return std::nullopt;
    }
    KycSessionRow row;
    row.id = Uuid7Generator::generate();
    row.customerId = customerId;
    row.staffId = staffId;
    row.versionNo = next.value(0).toInt();
    row.status = QStringLiteral("draft");
    row.startedAt = row.updatedAt = SqlTime::now();
    QSqlQuery insert(m_store.database());
    insert.prepare(QStringLiteral(
            "INSERT INTO kyc_session(id, customer_id, staff_id, version_no, status, started_at, "
            "updated_at) VALUES (?, ?, ?, ?, 'draft', ?, ?)"));
    for (const QVariant &value : {QVariant(row.id), QVariant(customerId),
                                  staffId.isEmpty() ? QVariant() : QVariant(staffId),
                                  QVariant(row.versionNo), QVariant(row.startedAt),
                                  QVariant(row.updatedAt)})
        insert.addBindValue(value);
    if (!insert.exec()) {
        fail(insert.lastError().text());
        return std::nullopt;
    }
    ChangeRecorder recorder(m_store);
    const Result<> recorded
            = recorder.recordUpsert(QStringLiteral("kyc_session"), row.id,
                                    { { QStringLiteral("customer_id"), customerId },
                                      { QStringLiteral("staff_id"), staffId },
                                      { QStringLiteral("version_no"), row.versionNo },
                                      { QStringLiteral("status"), row.status },
                                      { QStringLiteral("started_at"), row.startedAt } },
                                    0);
    if (!recorded) {
        fail(recorded.errorString());
        return std::nullopt;
    }
    return row;
}

bool KycRepository::saveAnswer(const QString &sessionId, const QString &cell,
                               const QString &questionId, const QString &valueJson,
                               const QString &answeredAt)
{
    // Encryption at rest: an answer may be free text about the customer's life.
    const std::optional<QVariant> storedJson = SensitiveColumns::seal(m_store, valueJson);
    if (!storedJson)
        return fail(SensitiveColumns::lockedMessage());
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral(
            "INSERT INTO kyc_answer(id, session_id, cell, question_id, value_json, answered_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(session_id, question_id) DO UPDATE SET "
            "cell = excluded.cell, value_json = excluded.value_json, "
            "answered_at = excluded.answered_at"));
    query.addBindValue(Uuid7Generator::generate());
    query.addBindValue(sessionId);
    query.addBindValue(cell);
    query.addBindValue(questionId);
    query.addBindValue(*storedJson);
    query.addBindValue(answeredAt);
    if (!query.exec())
        return fail(query.lastError().text());
    QSqlQuery id(m_store.database());
    id.prepare(QStringLiteral("SELECT id FROM kyc_answer WHERE session_id = ? AND question_id = ?"));
    id.addBindValue(sessionId);
    id.addBindValue(questionId);
    if (!id.exec() || !id.next())
        return fail(id.lastError().text());
    QSqlQuery touch(m_store.database());
    touch.prepare(QStringLiteral("UPDATE kyc_session SET updated_at = ? WHERE id = ?"));
    touch.addBindValue(SqlTime::now());
    touch.addBindValue(sessionId);
    if (!touch.exec())
        return fail(touch.lastError().text());
    ChangeRecorder recorder(m_store);
    const Result<> recorded
            = recorder.recordUpsert(QStringLiteral("kyc_answer"), id.value(0).toString(),
                                    { { QStringLiteral("session_id"), sessionId },
                                      { QStringLiteral("cell"), cell },
                                      { QStringLiteral("question_id"), questionId },
                                      { QStringLiteral("value_json"), valueJson },
                                      { QStringLiteral("answered_at"), answeredAt } },
                                    0);
    if (!recorded)
        return fail(recorded.errorString());
    return true;
}

bool KycRepository::removeAnswer(const QString &sessionId, const QString &questionId)
{
    QSqlQuery id(m_store.database());
    id.prepare(QStringLiteral("SELECT id FROM kyc_answer WHERE session_id = ? AND question_id = ?"));
    id.addBindValue(sessionId);
    id.addBindValue(questionId);
    if (!id.exec())
        return fail(id.lastError().text());
    if (!id.next())
        return true;
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("DELETE FROM kyc_answer WHERE id = ?"));
    query.addBindValue(id.value(0));
    if (!query.exec())
        return fail(query.lastError().text());
    ChangeRecorder recorder(m_store);
    const Result<> recorded
            = recorder.recordDelete(QStringLiteral("kyc_answer"), id.value(0).toString(), 0);
    if (!recorded)
        return fail(recorded.errorString());
    return true;
}

bool KycRepository::finalize(const QString &sessionId, int riskLevel, int riskScoreX100,
                             const QString &driversJson)
{
    const std::optional<KycSessionRow> row = session(sessionId);
    if (!row)
        return fail(QStringLiteral("no KYC session %1").arg(sessionId));
    const QString now = SqlTime::now();
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral(
            "UPDATE kyc_session SET status = 'final', risk_level = ?, risk_score_x100 = ?, "
            "risk_drivers = ?, finished_at = ?, updated_at = ?, version = version + 1 "
            "WHERE id = ? AND version = ? AND status = 'draft'"));
    query.addBindValue(riskLevel > 0 ? QVariant(riskLevel) : QVariant());
    query.addBindValue(riskLevel > 0 ? QVariant(riskScoreX100) : QVariant());
    query.addBindValue(driversJson);
    query.addBindValue(now);
    query.addBindValue(now);
    query.addBindValue(sessionId);
    query.addBindValue(row->version);
    if (!query.exec())
        return fail(query.lastError().text());
    if (query.numRowsAffected() != 1)
        return fail(QStringLiteral("the KYC draft %1 was finished or changed elsewhere")
                            .arg(sessionId));
    ChangeRecorder recorder(m_store);
    const Result<> recorded = recorder.recordUpsert(
            QStringLiteral("kyc_session"), sessionId,
            { { QStringLiteral("status"), QStringLiteral("final") },
              { QStringLiteral("risk_level"), riskLevel > 0 ? QVariant(riskLevel) : QVariant() },
              { QStringLiteral("risk_drivers"), driversJson },
              { QStringLiteral("finished_at"), now } },
            row->version);
    if (!recorded)
        return fail(recorded.errorString());
    return true;
}

bool KycRepository::setCustomerRisk(const QString &customerId, int riskLevel,
                                    const QString &preferredContact)
{
    if (riskLevel <= 0 && preferredContact.isEmpty())
        return true;
    QSqlQuery current(m_store.database());
    current.prepare(QStringLiteral("SELECT version FROM customer WHERE id = ?"));
    current.addBindValue(customerId);
    if (!current.exec() || !current.next())
        return fail(QStringLiteral("no customer %1").arg(customerId));
    const int baseVersion = current.value(0).toInt();
    QVariantMap fields;
    if (riskLevel > 0)
        fields.insert(QStringLiteral("risk_level"), riskLevel);
    if (!preferredContact.isEmpty())
        fields.insert(QStringLiteral("preferred_contact"), preferredContact);
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral(
            "UPDATE customer SET risk_level = coalesce(?, risk_level), "
            "preferred_contact = coalesce(?, preferred_contact), updated_at = ?, "
            "version = version + 1 WHERE id = ? AND version = ?"));
    query.addBindValue(riskLevel > 0 ? QVariant(riskLevel) : QVariant());
    query.addBindValue(preferredContact.isEmpty() ? QVariant() : QVariant(preferredContact));
    query.addBindValue(SqlTime::now());
    query.addBindValue(customerId);
    query.addBindValue(baseVersion);
    if (!query.exec())
        return fail(query.lastError().text());
    ChangeRecorder recorder(m_store);
    const Result<> recorded
            = recorder.recordUpsert(QStringLiteral("customer"), customerId, fields, baseVersion);
    if (!recorded)
        return fail(recorded.errorString());
    return true;
}

QString KycRepository::tagId(const QString &dimension, const QString &category,
                             const QString &value)
{
    QSqlQuery find(m_store.database());
    find.prepare(QStringLiteral("SELECT id FROM tag WHERE dimension = ? AND category = ? AND value = ?"));
    find.addBindValue(dimension);
    find.addBindValue(category);
    find.addBindValue(value);
    if (!find.exec()) {
        fail(find.lastError().text());
        return {};
    }
    if (find.next())
        return find.value(0).toString();
    const QString id = Uuid7Generator::generate();
    QSqlQuery insert(m_store.database());
    insert.prepare(QStringLiteral("INSERT INTO tag(id, dimension, category, value) VALUES (?, ?, ?, ?)"));
    insert.addBindValue(id);
    insert.addBindValue(dimension);
    insert.addBindValue(category);
    insert.addBindValue(value);
    if (!insert.exec()) {
        fail(insert.lastError().text());
        return {};
    }
    ChangeRecorder recorder(m_store);
    const Result<> recorded = recorder.recordUpsert(QStringLiteral("tag"), id,
                                                    { { QStringLiteral("dimension"), dimension },
                                                      { QStringLiteral("category"), category },
                                                      { QStringLiteral("value"), value } },
                                                    0);
    if (!recorded) {
        fail(recorded.errorString());
        return {};
    }
    return id;
}

bool KycRepository::replaceKycTags(const QString &customerId, const QList<KycTagRow> &tags,
                                   const QString &staffId)
{
    ChangeRecorder recorder(m_store);
    const QString now = SqlTime::now();
    QSet<QString> kept;
    for (const KycTagRow &tag : tags) {
        const QString id = tagId(tag.dimension, tag.category, tag.value);
        if (id.isEmpty())
            return false;
        kept.insert(id);
        QSqlQuery existing(m_store.database());
        existing.prepare(QStringLiteral(
                "SELECT id, source, deleted, version FROM customer_tag "
                "WHERE customer_id = ? AND tag_id = ?"));
        existing.addBindValue(customerId);
        existing.addBindValue(id);
        if (!existing.exec())
            return fail(existing.lastError().text());
        QSqlQuery write(m_store.database());
        QString rowId;
        int baseVersion = 0;
        if (existing.next()) {
            const bool ownedByOthers = existing.value(1).toString() != QLatin1String("kyc")
                    && existing.value(2).toInt() == 0;
            if (ownedByOthers)
                continue; // a staff, rule or observed tag stays as it is
            rowId = existing.value(0).toString();
            baseVersion = existing.value(3).toInt();
            write.prepare(QStringLiteral(
                    "UPDATE customer_tag SET source = 'kyc', confidence = ?, set_by = ?, "
                    "set_at = ?, updated_at = ?, deleted = 0, version = version + 1 WHERE id = ?"));
            write.addBindValue(tag.confidence);
            write.addBindValue(staffId.isEmpty() ? QVariant() : QVariant(staffId));
            write.addBindValue(now);
            write.addBindValue(now);
            write.addBindValue(rowId);
        } else {
            rowId = Uuid7Generator::generate();
            write.prepare(QStringLiteral(
                    "INSERT INTO customer_tag(id, customer_id, tag_id, source, confidence, set_by, "
                    "set_at, updated_at) VALUES (?, ?, ?, 'kyc', ?, ?, ?, ?)"));
            write.addBindValue(rowId);
            write.addBindValue(customerId);
            write.addBindValue(id);
            write.addBindValue(tag.confidence);
            write.addBindValue(staffId.isEmpty() ? QVariant() : QVariant(staffId));
            write.addBindValue(now);
            write.addBindValue(now);
        }
        if (!write.exec())
            return fail(write.lastError().text());
        const Result<> recorded
                = recorder.recordUpsert(QStringLiteral("customer_tag"), rowId,
                                        { { QStringLiteral("customer_id"), customerId },
                                          { QStringLiteral("tag_id"), id },
                                          { QStringLiteral("source"), QStringLiteral("kyc") },
                                          { QStringLiteral("confidence"), tag.confidence },
                                          { QStringLiteral("deleted"), 0 } },
                                        baseVersion);
        if (!recorded)
            return fail(recorded.errorString());
    }
    QSqlQuery old(m_store.database());
    old.prepare(QStringLiteral("SELECT id, tag_id, version FROM customer_tag "
                               "WHERE customer_id = ? AND source = 'kyc' AND deleted = 0"));
    old.addBindValue(customerId);
    if (!old.exec())
        return fail(old.lastError().text());
    while (old.next()) {
        if (kept.contains(old.value(1).toString()))
            continue;
        QSqlQuery drop(m_store.database());
        drop.prepare(QStringLiteral("UPDATE customer_tag SET deleted = 1, updated_at = ?, "
                                    "version = version + 1 WHERE id = ?"));
        drop.addBindValue(now);
        drop.addBindValue(old.value(0));
        if (!drop.exec())
            return fail(drop.lastError().text());
        const Result<> recorded = recorder.recordDelete(
                QStringLiteral("customer_tag"), old.value(0).toString(), old.value(2).toInt());
        if (!recorded)
            return fail(recorded.errorString());
    }
    return true;
}

bool KycRepository::addFundArrival(const QString &customerId, const QString &questionId,
                                   const QString &source, const QDate &expectedOn,
                                   qint64 amountFen, const QString &note)
{
    const QString day = SqlTime::date(expectedOn);
    QSqlQuery existing(m_store.database());
    existing.prepare(QStringLiteral(
            "SELECT 1 FROM fund_arrival WHERE customer_id = ? AND kyc_question_id = ? "
            "AND expected_on = ? AND amount_fen = ? AND deleted = 0"));
    existing.addBindValue(customerId);
    existing.addBindValue(questionId);
    existing.addBindValue(day);
    existing.addBindValue(amountFen);
    if (!existing.exec())
        return fail(existing.lastError().text());
    if (existing.next())
        return true;
    const std::optional<QVariant> storedNote = SensitiveColumns::seal(m_store, note);
    if (!storedNote)
        return fail(SensitiveColumns::lockedMessage());
    const QString id = Uuid7Generator::generate();
    QSqlQuery insert(m_store.database());
    insert.prepare(QStringLiteral(
            "INSERT INTO fund_arrival(id, customer_id, expected_on, amount_fen, source, note, "
            "updated_at, kyc_question_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value : {QVariant(id), QVariant(customerId), QVariant(day),
                                  QVariant(amountFen), QVariant(source), *storedNote,
                                  QVariant(SqlTime::now()), QVariant(questionId)})
        insert.addBindValue(value);
    if (!insert.exec())
        return fail(insert.lastError().text());
    ChangeRecorder recorder(m_store);
    const Result<> recorded
            = recorder.recordUpsert(QStringLiteral("fund_arrival"), id,
                                    { { QStringLiteral("customer_id"), customerId },
                                      { QStringLiteral("expected_on"), day },
                                      { QStringLiteral("amount_fen"), amountFen },
                                      { QStringLiteral("source"), source },
                                      { QStringLiteral("note"), note },
                                      { QStringLiteral("kyc_question_id"), questionId } },
                                    0);
    if (!recorded)
        return fail(recorded.errorString());
    return true;
}

bool KycRepository::upsertField(const QString &customerId, const QString &field,
                                const QString &questionId, const QString &valueJson,
                                const QString &sessionId, const QString &answeredAt)
{
    // value_json is sealed; value_text keeps only what segments filter on (KycSearchForm).
    const std::optional<QVariant> storedJson = SensitiveColumns::seal(m_store, valueJson);
    if (!storedJson)
        return fail(SensitiveColumns::lockedMessage());
    const QString valueText = KycSearchForm::ofJson(valueJson);
    QSqlQuery existing(m_store.database());
    existing.prepare(QStringLiteral("SELECT id, version FROM kyc_field WHERE customer_id = ? AND field = ?"));
    existing.addBindValue(customerId);
    existing.addBindValue(field);
    if (!existing.exec())
        return fail(existing.lastError().text());
    const bool known = existing.next();
    const QString id = known ? existing.value(0).toString() : Uuid7Generator::generate();
    const int baseVersion = known ? existing.value(1).toInt() : 0;
    QSqlQuery write(m_store.database());
    write.prepare(known ? QStringLiteral(
                          "UPDATE kyc_field SET question_id = ?, value_json = ?, value_text = ?, "
                          "session_id = ?, answered_at = ?, updated_at = ?, deleted = 0, "
                          "version = version + 1 WHERE id = ?")
                        : QStringLiteral(
                          "INSERT INTO kyc_field(question_id, value_json, value_text, session_id, "
                          "answered_at, updated_at, id, customer_id, field) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &value : {QVariant(questionId), *storedJson, QVariant(valueText),
                                  QVariant(sessionId), QVariant(answeredAt),
                                  QVariant(SqlTime::now()), QVariant(id)})
        write.addBindValue(value);
    if (!known) {
        write.addBindValue(customerId);
        write.addBindValue(field);
    }
    if (!write.exec())
        return fail(write.lastError().text());
    ChangeRecorder recorder(m_store);
    const Result<> recorded
            = recorder.recordUpsert(QStringLiteral("kyc_field"), id,
                                    { { QStringLiteral("customer_id"), customerId },
                                      { QStringLiteral("field"), field },
                                      { QStringLiteral("question_id"), questionId },
                                      { QStringLiteral("value_json"), valueJson },
                                      { QStringLiteral("value_text"), valueText },
                                      { QStringLiteral("session_id"), sessionId },
                                      { QStringLiteral("answered_at"), answeredAt } },
                                    baseVersion);
    if (!recorded)
        return fail(recorded.errorString());
    return true;
}

} // namespace bd
