#include "database/calls/CareTaskRepository.h"

#include "app/domain/Uuid7.h"
#include "database/core/SensitiveColumns.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/sync/ChangeRecorder.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace bd {

CareTaskRepository::CareTaskRepository(Store &store)
    : m_store(store)
{
}

bool CareTaskRepository::exists(const QString &customerId, const QString &kind,
                                const QDate &dueOn) const
{
    QSqlQuery &q = dueOn.isValid() ? m_dayExists : m_kindExists;
    if (q.lastQuery().isEmpty()) {
        q = QSqlQuery(m_store.database());
        q.setForwardOnly(true);
        q.prepare(dueOn.isValid()
                          ? QStringLiteral("SELECT 1 FROM care_task WHERE customer_id = ? AND kind = ? "
                                           "AND due_on = ? AND deleted = 0 LIMIT 1")
                          : QStringLiteral("SELECT 1 FROM care_task WHERE customer_id = ? AND kind = ? "
                                           "AND deleted = 0 LIMIT 1"));
    }
    q.bindValue(0, customerId);
    q.bindValue(1, kind);
    if (dueOn.isValid())
        q.bindValue(2, SqlTime::date(dueOn));
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    const bool found = q.next();
    q.finish();
    return found;
}

bool CareTaskRepository::insert(CareTaskRecord &task, const QString &at)
{
    if (task.id.isEmpty())
        task.id = Uuid7Generator::generate();
    const QVariantMap fields{{QStringLiteral("customer_id"), task.customerId},
                             {QStringLiteral("staff_id"), task.staffId.isEmpty()
                                      ? QVariant(QMetaType(QMetaType::QString))
                                      : QVariant(task.staffId)},
                             {QStringLiteral("kind"), task.kind},
                             {QStringLiteral("due_on"), SqlTime::date(task.dueOn)},
                             {QStringLiteral("status"), task.status},
                             {QStringLiteral("note"), task.note.isNull() ? QStringLiteral("") : task.note}};
    // The note is sealed at rest (the outbox gets the plain map; ChangeRecorder seals it).
    const std::optional<QVariantMap> stored
            = SensitiveColumns::sealFields(m_store, QStringLiteral("care_task"), fields);
    if (!stored) {
        m_error = SensitiveColumns::lockedMessage();
        return false;
    }
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("INSERT INTO care_task(id, customer_id, staff_id, kind, due_on, "
                             "status, note, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(task.id);
    for (const char *column : {"customer_id", "staff_id", "kind", "due_on", "status", "note"})
        q.addBindValue(stored->value(QLatin1String(column)));
    q.addBindValue(at);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return false;
    }
    ChangeRecorder recorder(m_store);
    const Result<> recorded
            = recorder.recordUpsert(QStringLiteral("care_task"), task.id, fields, 0);
    if (!recorded) {
        m_error = recorded.errorString();
        return false;
    }
    return true;
}

std::optional<CareTaskRecord> CareTaskRepository::byId(const QString &id) const
{
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("SELECT id, customer_id, COALESCE(staff_id, ''), kind, due_on, "
                             "status, note, version FROM care_task WHERE id = ? AND deleted = 0"));
    q.addBindValue(id);
    if (!q.exec()) {
        m_error = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    CareTaskRecord t;
    t.id = q.value(0).toString();
    t.customerId = q.value(1).toString();
    t.staffId = q.value(2).toString();
    t.kind = q.value(3).toString();
    t.dueOn = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    t.status = q.value(5).toString();
    t.note = SensitiveColumns::open(m_store, q.value(6));
    t.version = q.value(7).toInt();
    return t;
}

bool CareTaskRepository::complete(const CareTaskRecord &before, const QString &note,
                                  const QString &at)
{
    const QString text = note.isNull() ? QStringLiteral("") : note;
    const std::optional<QVariant> storedNote = SensitiveColumns::seal(m_store, text);
    if (!storedNote) {
        m_error = SensitiveColumns::lockedMessage();
        return false;
    }
    QSqlQuery q(m_store.database());
    q.prepare(QStringLiteral("UPDATE care_task SET status = 'done', done_at = ?, note = ?, "
                             "updated_at = ?, version = version + 1 WHERE id = ? AND version = ?"));
    q.addBindValue(at);
    q.addBindValue(*storedNote);
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
            = recorder.recordUpsert(QStringLiteral("care_task"), before.id,
                                    { { QStringLiteral("status"), QStringLiteral("done") },
                                      { QStringLiteral("done_at"), at },
                                      { QStringLiteral("note"), text } },
                                    before.version);
    if (!recorded) {
        m_error = recorded.errorString();
        return false;
    }
    return true;
}

} // namespace bd
