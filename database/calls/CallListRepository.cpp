#include "database/calls/CallListRepository.h"

#include "app/domain/Uuid7.h"
#include "database/calls/TaskRowInserter.h"
#include "database/calls/TaskRows.h"
#include "database/core/SensitiveColumns.h"
#include "database/core/SqlQuery.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"

#include <QVariant>

namespace bd {

using SqlValue::dateOrNull;
using SqlValue::notNull;
using SqlValue::orNull;

CallListRepository::CallListRepository(Store &store)
    : m_store(store)
{
}

CallListRepository::~CallListRepository() = default;

Result<> CallListRepository::insertList(CallListRecord &list)
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
    return TaskRows::insert(m_store, QStringLiteral("call_list"), list.id, fields, list.createdAt);
}

Result<> CallListRepository::insertTask(CallTaskRecord &task, const QString &at)
{
    if (task.id.isEmpty())
        task.id = Uuid7Generator::generate();
    // The reason (why this customer, in words) is sealed at rest.
    const QVariantMap fields{{QStringLiteral("call_list_id"), task.callListId},
                             {QStringLiteral("customer_id"), task.customerId.toString()},
                             {QStringLiteral("assigned_to"), orNull(task.assignedTo)},
                             {QStringLiteral("rank_score"), task.rankScore},
                             {QStringLiteral("reason"), notNull(task.reason)},
                             {QStringLiteral("due_on"), SqlTime::date(task.dueOn)},
                             {QStringLiteral("status"), WorkStates::code(task.status)},
                             {QStringLiteral("excluded_reason"), notNull(task.excludedReason)}};
    if (!m_tasks)
        m_tasks = std::make_unique<TaskRowInserter>(m_store, QStringLiteral("call_task"));
    return m_tasks->insert(task.id, fields, at);
}

Result<std::optional<CallTaskRecord>> CallListRepository::taskById(const QString &id) const
{
    SqlQuery q(m_store.database(), QStringLiteral(
            "SELECT id, call_list_id, customer_id, COALESCE(assigned_to, ''), rank_score, reason, "
            "due_on, status, COALESCE(outcome, ''), COALESCE(done_at, ''), excluded_reason, "
            "attempts, COALESCE(next_attempt_on, ''), COALESCE(interaction_id, ''), version "
            "FROM call_task WHERE id = ? AND deleted = 0"));
    q.bind(id);
    if (!q.select() || !q.next())
        return std::optional<CallTaskRecord>();
    const Result<CallTaskStatus> status = WorkStates::storedCallTaskStatus(q.value(7).toString());
    if (!status)
        return status.error();
    const Result<std::optional<CallOutcome>> outcome =
            WorkStates::storedCallOutcome(q.value(8).toString());
    if (!outcome)
        return outcome.error();
    CallTaskRecord t;
    t.id = q.value(0).toString();
    t.callListId = q.value(1).toString();
    t.customerId = CustomerId(q.value(2).toString());
    t.assignedTo = q.value(3).toString();
    t.rankScore = q.value(4).toInt();
    t.reason = SensitiveColumns::open(m_store, q.value(5));
    t.dueOn = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    t.status = *status;
    t.outcome = *outcome;
    t.doneAt = q.value(9).toString();
    t.excludedReason = q.value(10).toString();
    t.attempts = q.value(11).toInt();
    t.nextAttemptOn = QDate::fromString(q.value(12).toString(), Qt::ISODate);
    t.interactionId = q.value(13).toString();
    t.version = q.value(14).toInt();
    return std::optional<CallTaskRecord>(std::move(t));
}

Result<> CallListRepository::updateOutcome(const CallTaskRecord &before,
                                           const CallTaskRecord &after, const QString &at)
{
    const QString outcome = after.outcome ? WorkStates::code(*after.outcome) : QString();
    const QVariantMap fields{{QStringLiteral("status"), WorkStates::code(after.status)},
                             {QStringLiteral("outcome"), orNull(outcome)},
                             {QStringLiteral("done_at"), orNull(after.doneAt)},
                             {QStringLiteral("attempts"), after.attempts},
                             {QStringLiteral("next_attempt_on"), dateOrNull(after.nextAttemptOn)},
                             {QStringLiteral("interaction_id"), orNull(after.interactionId)},
                             {QStringLiteral("rank_score"), after.rankScore},
                             {QStringLiteral("reason"), notNull(after.reason)}};
    return TaskRows::update(m_store, QStringLiteral("call_task"), before.id, before.version,
                            fields, at);
}

Result<QSet<QString>> CallListRepository::customersOnListLike(const QString &branchId,
                                                             const QString &name,
                                                             const QDate &startsOn,
                                                             const QDate &endsOn) const
{
    SqlQuery q(m_store.database(), QStringLiteral(
            "SELECT DISTINCT t.customer_id FROM call_list l JOIN call_task t ON t.call_list_id = l.id "
            "WHERE l.branch_id = ? AND l.name = ? AND l.starts_on = ? AND l.ends_on = ? "
            "AND l.deleted = 0 AND t.deleted = 0"));
    for (const QVariant &value : {QVariant(branchId), QVariant(name),
                                  QVariant(SqlTime::date(startsOn)), QVariant(SqlTime::date(endsOn))})
        q.bind(value);
    if (Result<> ran = q.exec(); !ran)
        return ran.error();
    QSet<QString> customers;
    while (q.next())
        customers.insert(q.value(0).toString());
    return customers;
}

} // namespace bd
