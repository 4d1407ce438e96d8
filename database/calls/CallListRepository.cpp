#include "database/calls/CallListRepository.h"

#include "app/domain/Uuid7.h"
#include "database/core/SensitiveColumns.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/sync/ChangeRecorder.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace bd {

namespace {
QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(SqlTime::date(date)) : QVariant(QMetaType(QMetaType::QString));
}

QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}
} // namespace

CallListRepository::CallListRepository(Store &store)
    : m_store(store)
{
}

bool CallListRepository::insertList(CallListRecord &list)
{
    if (list.id.isEmpty())
        list.id = Uuid7Generator::generate();
    const QVariantMap fields{{QStringLiteral("branch_id"), list.branchId},
                             {QStringLiteral("name"), list.name},
                             {QStringLiteral("segment_id"), orNull(list.segmentId)},
                             {QStringLiteral("created_by"), orNull(list.createdBy)},
                             {QStringLiteral("assigned_to"), orNull(list.assignedTo)},
                             {QStringLiteral("starts_on"), SqlTime::date(list.startsOn)},
                             {QStringLiteral("ends_on"), SqlTime::date(list.endsOn)},
                             {QStringLiteral("created_at"), list.createdAt},
                             {QStringLiteral("mode"), list.mode},
                             {QStringLiteral("purpose"), notNull(list.purpose)}};
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral(
            "INSERT INTO call_list(id, branch_id, name, segment_id, created_by, assigned_to, "
            "starts_on, ends_on, created_at, updated_at, mode, purpose) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(list.id);
    for (const char *column : {"branch_id", "name", "segment_id", "created_by", "assigned_to",
                               "starts_on", "ends_on", "created_at"})
        q.addBindValue(fields.value(QLatin1String(column)));
    q.addBindValue(list.createdAt);
    q.addBindValue(list.mode);
    q.addBindValue(notNull(list.purpose));
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    ChangeRecorder recorder(m_store);
    const Result<> recorded
            = recorder.recordUpsert(QStringLiteral("call_list"), list.id, fields, 0);
    if (!recorded) {
        m_error = recorded.errorString();
        return false;
    }
    return true;
}

bool CallListRepository::insertTask(CallTaskRecord &task, const QString &at)
{
    if (task.id.isEmpty())
        task.id = Uuid7Generator::generate();
    const QVariantMap fields{{QStringLiteral("call_list_id"), task.callListId},
                             {QStringLiteral("customer_id"), task.customerId},
                             {QStringLiteral("assigned_to"), orNull(task.assignedTo)},
                             {QStringLiteral("rank_score"), task.rankScore},
                             {QStringLiteral("reason"), notNull(task.reason)},
                             {QStringLiteral("due_on"), SqlTime::date(task.dueOn)},
                             {QStringLiteral("status"), task.status},
                             {QStringLiteral("excluded_reason"), notNull(task.excludedReason)}};
    // The reason (why this customer, in words) is sealed at rest.
    const std::optional<QVariantMap> stored
            = SensitiveColumns::sealFields(m_store, QStringLiteral("call_task"), fields);
    if (!stored) {
        m_error = SensitiveColumns::lockedMessage();
        return false;
    }
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral(
            "INSERT INTO call_task(id, call_list_id, customer_id, assigned_to, rank_score, reason, "
            "due_on, status, excluded_reason, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(task.id);
    for (const char *column : {"call_list_id", "customer_id", "assigned_to", "rank_score",
                               "reason", "due_on", "status", "excluded_reason"})
        q.addBindValue(stored->value(QLatin1String(column)));
    q.addBindValue(at);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    ChangeRecorder recorder(m_store);
    const Result<> recorded
            = recorder.recordUpsert(QStringLiteral("call_task"), task.id, fields, 0);
    if (!recorded) {
        m_error = recorded.errorString();
        return false;
    }
    return true;
}

std::optional<CallTaskRecord> CallListRepository::taskById(const QString &id) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral(
            "SELECT id, call_list_id, customer_id, COALESCE(assigned_to, ''), rank_score, reason, "
            "due_on, status, COALESCE(outcome, ''), COALESCE(done_at, ''), excluded_reason, "
            "attempts, COALESCE(next_attempt_on, ''), COALESCE(interaction_id, ''), version "
            "FROM call_task WHERE id = ? AND deleted = 0"));
    q.addBindValue(id);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    CallTaskRecord t;
    t.id = q.value(0).toString();
    t.callListId = q.value(1).toString();
    t.customerId = q.value(2).toString();
    t.assignedTo = q.value(3).toString();
    t.rankScore = q.value(4).toInt();
    t.reason = SensitiveColumns::open(m_store, q.value(5));
    t.dueOn = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    t.status = q.value(7).toString();
    t.outcome = q.value(8).toString();
    t.doneAt = q.value(9).toString();
    t.excludedReason = q.value(10).toString();
    t.attempts = q.value(11).toInt();
    t.nextAttemptOn = QDate::fromString(q.value(12).toString(), Qt::ISODate);
    t.interactionId = q.value(13).toString();
    t.version = q.value(14).toInt();
    return t;
}

bool CallListRepository::updateOutcome(const CallTaskRecord &before, const CallTaskRecord &after,
                                       const QString &at)
{
    const QVariantMap fields{{QStringLiteral("status"), after.status},
                             {QStringLiteral("outcome"), orNull(after.outcome)},
                             {QStringLiteral("done_at"), orNull(after.doneAt)},
                             {QStringLiteral("attempts"), after.attempts},
                             {QStringLiteral("next_attempt_on"), dateOrNull(after.nextAttemptOn)},
                             {QStringLiteral("interaction_id"), orNull(after.interactionId)},
                             {QStringLiteral("rank_score"), after.rankScore},
                             {QStringLiteral("reason"), notNull(after.reason)}};
    const std::optional<QVariantMap> stored
            = SensitiveColumns::sealFields(m_store, QStringLiteral("call_task"), fields);
    if (!stored) {
        m_error = SensitiveColumns::lockedMessage();
        return false;
    }
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral(
            "UPDATE call_task SET status = ?, outcome = ?, done_at = ?, attempts = ?, "
            "next_attempt_on = ?, interaction_id = ?, rank_score = ?, reason = ?, updated_at = ?, "
            "version = version + 1 WHERE id = ? AND version = ?"));
    for (const char *column : {"status", "outcome", "done_at", "attempts", "next_attempt_on",
                               "interaction_id", "rank_score", "reason"})
        q.addBindValue(stored->value(QLatin1String(column)));
    q.addBindValue(at);
    q.addBindValue(before.id);
    q.addBindValue(before.version);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    if (q.numRowsAffected() != 1) {
        m_error.clear();
        return false;
    }
    ChangeRecorder recorder(m_store);
    const Result<> recorded
            = recorder.recordUpsert(QStringLiteral("call_task"), before.id, fields, before.version);
    if (!recorded) {
        m_error = recorded.errorString();
        return false;
    }
    return true;
}

} // namespace bd
