#include "database/kyc/KycSessionRepository.h"

#include "app/domain/NaturalKeyId.h"
#include "app/domain/Uuid7.h"
#include "database/core/DatabaseLogging.h"
#include "database/core/SensitiveColumns.h"
#include "database/core/SqlQuery.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/sync/ChangeRecorder.h"
#include "database/sync/KycVersionOrder.h"

namespace bd {

namespace {
const char *const kSessionColumns =
        "SELECT s.id, s.customer_id, coalesce(s.staff_id, ''), coalesce(u.display_name, ''), "
        "s.version_no, s.status, coalesce(s.risk_level, 0), coalesce(s.risk_score_x100, 0), "
        "s.risk_drivers, s.started_at, coalesce(s.finished_at, ''), s.updated_at, s.version "
        "FROM kyc_session s LEFT JOIN staff_user u ON u.id = s.staff_id ";

Result<KycSessionRow> sessionFrom(const SqlQuery &query)
{
    const Result<KycSessionState> status = WorkStates::storedKycSessionState(query.value(5).toString());
    if (!status)
        return status.error();
    KycSessionRow row;
    row.id = query.value(0).toString();
    row.customerId = CustomerId(query.text(1));
    row.staffId = query.value(2).toString();
    row.staffName = query.value(3).toString();
    row.versionNo = query.value(4).toInt();
    row.status = *status;
    row.riskLevel = query.value(6).toInt();
    row.riskScoreX100 = query.value(7).toInt();
    row.riskDriversJson = query.value(8).toString();
    row.startedAt = query.value(9).toString();
    row.finishedAt = query.value(10).toString();
    row.updatedAt = query.value(11).toString();
    row.version = query.value(12).toInt();
    return row;
}

Error failed(const QString &error)
{
    qCWarning(lcDb).noquote() << "kyc:" << error;
    return Error(error);
}
} // namespace

KycSessionRepository::KycSessionRepository(Store &store)
    : m_store(store)
{
}

std::optional<KycSessionRow> KycSessionRepository::oneSession(const QString &where, const QString &binding)
{
    SqlQuery query(m_store.database(), QLatin1String(kSessionColumns) + where);
    query.bind(binding);
    if (!query.select() || !query.next())
        return std::nullopt;
    Result<KycSessionRow> row = sessionFrom(query);
    if (!row) {
        (void)failed(row.errorString());
        return std::nullopt;
    }
    return std::move(*row);
}

std::optional<KycSessionRow> KycSessionRepository::draft(const CustomerId &customer)
{
    return oneSession(QStringLiteral("WHERE s.customer_id = ? AND s.status = 'draft' "
                                     "AND s.deleted = 0 ORDER BY s.version_no DESC LIMIT 1"),
                      customer.toString());
}

std::optional<KycSessionRow> KycSessionRepository::latestFinal(const CustomerId &customer)
{
    return oneSession(QStringLiteral("WHERE s.customer_id = ? AND s.status = 'final' "
                                     "AND s.deleted = 0 ORDER BY s.version_no DESC LIMIT 1"),
                      customer.toString());
}

std::optional<KycSessionRow> KycSessionRepository::session(const QString &sessionId)
{
    return oneSession(QStringLiteral("WHERE s.id = ?"), sessionId);
}

Result<QList<KycSessionRow>> KycSessionRepository::sessions(const CustomerId &customer)
{
    QList<KycSessionRow> rows;
    SqlQuery query(m_store.database(), QLatin1String(kSessionColumns)
                  + QStringLiteral("WHERE s.customer_id = ? AND s.deleted = 0 "
                                   "ORDER BY s.version_no DESC"));
    query.bind(customer.toString());
    if (!query.select())
        return rows;
    while (query.next()) {
        Result<KycSessionRow> row = sessionFrom(query);
        if (!row)
            return failed(row.errorString());
        rows.append(std::move(*row));
    }
    return rows;
}

QList<KycAnswerRow> KycSessionRepository::answers(const QString &sessionId)
{
    QList<KycAnswerRow> rows;
    SqlQuery query(m_store.database(),
                QStringLiteral("SELECT id, session_id, cell, question_id, value_json, answered_at "
                                 "FROM kyc_answer WHERE session_id = ? ORDER BY cell, question_id"));
    query.bind(sessionId);
    if (!query.select())
        return rows;
    while (query.next())
        rows.append({query.value(0).toString(), query.value(1).toString(),
                     query.value(2).toString(), query.value(3).toString(),
                     SensitiveColumns::open(m_store, query.value(4)), query.value(5).toString()});
    return rows;
}

Result<KycSessionRow> KycSessionRepository::createDraft(const CustomerId &customer,
                                                const QString &staffId)
{
    const QString &customerId = customer.toString();
    SqlQuery next(m_store.database(), QStringLiteral(
            "SELECT coalesce(max(version_no), 0) + 1 FROM kyc_session WHERE customer_id = ?"));
    next.bind(customerId);
    if (Result<> ran = next.exec(); !ran || !next.next())
        return failed(ran.errorString());
    KycSessionRow row;
    row.id = Uuid7Generator::generate();
    row.customerId = customer;
    row.staffId = staffId;
    row.versionNo = next.value(0).toInt();
    row.status = KycSessionState::Draft;
    row.startedAt = row.updatedAt = SqlTime::now();
    SqlQuery insert(m_store.database(), QStringLiteral(
            "INSERT INTO kyc_session(id, customer_id, staff_id, version_no, status, started_at, "
            "updated_at) VALUES (?, ?, ?, ?, 'draft', ?, ?)"));
    for (const QVariant &value : {QVariant(row.id), QVariant(customerId),
                                  staffId.isEmpty() ? QVariant() : QVariant(staffId),
                                  QVariant(row.versionNo), QVariant(row.startedAt),
                                  QVariant(row.updatedAt)})
        insert.bind(value);
    if (Result<> ran = insert.exec(); !ran)
        return failed(ran.errorString());
    // The number every workstation derives (KycVersionOrder): max + 1 unless a session
    // pulled from another workstation started later than this one by its clock.
    if (Result<> numbered = KycVersionOrder(m_store).renumber(customer); !numbered)
        return failed(numbered.errorString());
    SqlQuery numberOf(m_store.database(),
                      QStringLiteral("SELECT version_no FROM kyc_session WHERE id = ?"));
    numberOf.bind(row.id);
    if (Result<> ran = numberOf.exec(); !ran || !numberOf.next())
        return failed(ran.errorString());
    row.versionNo = numberOf.value(0).toInt();
    ChangeRecorder recorder(m_store);
    if (const Result<> recorded
        = recorder.recordUpsert(QStringLiteral("kyc_session"), row.id,
                                { { QStringLiteral("customer_id"), customerId },
                                  { QStringLiteral("staff_id"), staffId },
                                  { QStringLiteral("version_no"), row.versionNo },
                                  { QStringLiteral("status"), WorkStates::code(row.status) },
                                  { QStringLiteral("started_at"), row.startedAt } },
                                0);
        !recorded)
        return failed(recorded.errorString());
    return row;
}

Result<> KycSessionRepository::saveAnswer(const QString &sessionId, const QString &cell,
                               const QString &questionId, const QString &valueJson,
                               const QString &answeredAt)
{
    // Encryption at rest: an answer may be free text about the customer's life.
    const std::optional<QVariant> storedJson = SensitiveColumns::seal(m_store, valueJson);
    if (!storedJson)
        return failed(SensitiveColumns::lockedMessage());
    SqlQuery query(m_store.database(), QStringLiteral(
            "INSERT INTO kyc_answer(id, session_id, cell, question_id, value_json, answered_at) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(session_id, question_id) DO UPDATE SET "
            "cell = excluded.cell, value_json = excluded.value_json, "
            "answered_at = excluded.answered_at"));
    query.bind(NaturalKeyId::kycAnswer(sessionId, questionId));
    query.bind(sessionId);
    query.bind(cell);
    query.bind(questionId);
    query.bind(*storedJson);
    query.bind(answeredAt);
    if (Result<> ran = query.exec(); !ran)
        return failed(ran.errorString());
    SqlQuery id(m_store.database(),
                QStringLiteral("SELECT id FROM kyc_answer WHERE session_id = ? AND question_id = ?"));
    id.bind(sessionId);
    id.bind(questionId);
    if (Result<> ran = id.exec(); !ran || !id.next())
        return failed(ran.errorString());
    SqlQuery touch(m_store.database(),
                QStringLiteral("UPDATE kyc_session SET updated_at = ? WHERE id = ?"));
    touch.bind(SqlTime::now());
    touch.bind(sessionId);
    if (Result<> ran = touch.exec(); !ran)
        return failed(ran.errorString());
    ChangeRecorder recorder(m_store);
    if (const Result<> recorded
        = recorder.recordUpsert(QStringLiteral("kyc_answer"), id.value(0).toString(),
                                { { QStringLiteral("session_id"), sessionId },
                                  { QStringLiteral("cell"), cell },
                                  { QStringLiteral("question_id"), questionId },
                                  { QStringLiteral("value_json"), valueJson },
                                  { QStringLiteral("answered_at"), answeredAt } },
                                0);
        !recorded)
        return failed(recorded.errorString());
    return {};
}

Result<> KycSessionRepository::removeAnswer(const QString &sessionId, const QString &questionId)
{
    SqlQuery id(m_store.database(),
                QStringLiteral("SELECT id FROM kyc_answer WHERE session_id = ? AND question_id = ?"));
    id.bind(sessionId);
    id.bind(questionId);
    if (Result<> ran = id.exec(); !ran)
        return failed(ran.errorString());
    if (!id.next())
        return {};
    SqlQuery query(m_store.database(), QStringLiteral("DELETE FROM kyc_answer WHERE id = ?"));
    query.bind(id.value(0));
    if (Result<> ran = query.exec(); !ran)
        return failed(ran.errorString());
    ChangeRecorder recorder(m_store);
    if (const Result<> recorded
        = recorder.recordDelete(QStringLiteral("kyc_answer"), id.value(0).toString(), 0);
        !recorded)
        return failed(recorded.errorString());
    return {};
}

Result<> KycSessionRepository::finalize(const QString &sessionId, int riskLevel, int riskScoreX100,
                             const QString &driversJson)
{
    const std::optional<KycSessionRow> row = session(sessionId);
    if (!row)
        return failed(QStringLiteral("no KYC session %1").arg(sessionId));
    const QString now = SqlTime::now();
    SqlQuery query(m_store.database(), QStringLiteral(
            "UPDATE kyc_session SET status = 'final', risk_level = ?, risk_score_x100 = ?, "
            "risk_drivers = ?, finished_at = ?, updated_at = ?, version = version + 1 "
            "WHERE id = ? AND version = ? AND status = 'draft'"));
    query.bind(riskLevel > 0 ? QVariant(riskLevel) : QVariant());
    query.bind(riskLevel > 0 ? QVariant(riskScoreX100) : QVariant());
    query.bind(driversJson);
    query.bind(now);
    query.bind(now);
    query.bind(sessionId);
    query.bind(row->version);
    if (Result<> ran = query.exec(); !ran)
        return failed(ran.errorString());
    if (query.rowsAffected() != 1)
        return failed(QStringLiteral("the KYC draft %1 was finished or changed elsewhere")
                            .arg(sessionId));
    ChangeRecorder recorder(m_store);
    if (const Result<> recorded
        = recorder.recordUpsert(QStringLiteral("kyc_session"), sessionId,
                                { { QStringLiteral("status"), WorkStates::code(KycSessionState::Final) },
                                  { QStringLiteral("risk_level"),
                                    riskLevel > 0 ? QVariant(riskLevel) : QVariant() },
                                  { QStringLiteral("risk_drivers"), driversJson },
                                  { QStringLiteral("finished_at"), now } },
                                row->version);
        !recorded)
        return failed(recorded.errorString());
    return {};
}

} // namespace bd
