#include "database/calls/CareTaskRepository.h"

#include "app/domain/Uuid7.h"
#include "app/domain/WorkStates.h"
#include "database/calls/TaskRows.h"
#include "database/core/SensitiveColumns.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"

#include <QVariant>

namespace bd {

CareTaskRepository::CareTaskRepository(Store &store)
    : m_store(store)
{
}

Result<bool> CareTaskRepository::exists(const QString &customerId, const QString &kind,
                                        const QDate &dueFrom, const QDate &dueUntil) const
{
    const bool days = dueFrom.isValid();
    SqlQuery &q = days ? m_dayExists : m_kindExists;
    if (!q.isPrepared()) {
        q = SqlQuery(m_store.database());
        q.setForwardOnly(true);
        q.prepare(days ? QStringLiteral("SELECT 1 FROM care_task WHERE customer_id = ? AND kind = ? "
                                        "AND due_on BETWEEN ? AND ? AND deleted = 0 LIMIT 1")
                       : QStringLiteral("SELECT 1 FROM care_task WHERE customer_id = ? AND kind = ? "
                                        "AND deleted = 0 LIMIT 1"));
    }
    q.bindAt(0, customerId);
    q.bindAt(1, kind);
    if (days) {
        q.bindAt(2, SqlTime::date(dueFrom));
        q.bindAt(3, SqlTime::date(dueUntil.isValid() ? dueUntil : dueFrom));
    }
    if (Result<> ran = q.exec(); !ran)
        return ran.error();
    const bool found = q.next();
    q.finish();
    return found;
}

Result<> CareTaskRepository::insert(CareTaskRecord &task, const QString &at)
{
    if (task.id.isEmpty())
        task.id = Uuid7Generator::generate();
    // The note is sealed at rest (the outbox gets the plain map; ChangeRecorder seals it).
    const QVariantMap fields{{QStringLiteral("customer_id"), task.customerId},
                             {QStringLiteral("staff_id"), SqlValue::orNull(task.staffId)},
                             {QStringLiteral("kind"), task.kind},
                             {QStringLiteral("due_on"), SqlTime::date(task.dueOn)},
                             {QStringLiteral("status"), WorkStates::code(task.status)},
                             {QStringLiteral("note"), SqlValue::notNull(task.note)}};
    return TaskRows::insert(m_store, QStringLiteral("care_task"), task.id, fields, at);
}

Result<std::optional<CareTaskRecord>> CareTaskRepository::byId(const QString &id) const
{
    SqlQuery q(m_store.database(),
               QStringLiteral("SELECT id, customer_id, COALESCE(staff_id, ''), kind, due_on, "
                              "status, note, version FROM care_task WHERE id = ? AND deleted = 0"));
    q.bind(id);
    if (!q.select() || !q.next())
        return std::optional<CareTaskRecord>();
    const Result<CareTaskStatus> status = WorkStates::storedCareTaskStatus(q.text(5));
    if (!status)
        return status.error();
    CareTaskRecord t;
    t.id = q.text(0);
    t.customerId = q.text(1);
    t.staffId = q.text(2);
    t.kind = q.text(3);
    t.dueOn = q.date(4);
    t.status = *status;
    t.note = SensitiveColumns::open(m_store, q.value(6));
    t.version = q.integer(7);
    return std::optional<CareTaskRecord>(std::move(t));
}

Result<> CareTaskRepository::complete(const CareTaskRecord &before, const QString &note,
                                      const QString &at, const QString &interactionId)
{
    const QVariantMap fields{{QStringLiteral("status"), WorkStates::code(CareTaskStatus::Done)},
                             {QStringLiteral("done_at"), at},
                             {QStringLiteral("note"), SqlValue::notNull(note)},
                             {QStringLiteral("interaction_id"), SqlValue::orNull(interactionId)}};
    return TaskRows::update(m_store, QStringLiteral("care_task"), before.id, before.version,
                            fields, at);
}

Result<std::optional<CareTaskRecord>>
CareTaskRepository::completedBy(const QString &interactionId) const
{
    SqlQuery query(m_store.database(), QStringLiteral(
            "SELECT id FROM care_task WHERE interaction_id = ? AND status = ? "
            "AND deleted = 0 LIMIT 1"));
    query.bind(interactionId);
    query.bind(WorkStates::code(CareTaskStatus::Done));
    if (Result<> read = query.exec(); !read)
        return read.error();
    if (!query.next())
        return std::optional<CareTaskRecord>();
    return byId(query.value(0).toString());
}

Result<> CareTaskRepository::reopen(const CareTaskRecord &before, const QString &at)
{
    const QVariantMap fields{{QStringLiteral("status"), WorkStates::code(CareTaskStatus::Open)},
                             {QStringLiteral("done_at"), QVariant()},
                             {QStringLiteral("interaction_id"), QVariant()}};
    return TaskRows::update(m_store, QStringLiteral("care_task"), before.id, before.version,
                            fields, at);
}

} // namespace bd
