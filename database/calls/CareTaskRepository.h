#pragma once

#include "app/domain/Result.h"
#include "app/domain/WorkStates.h"
#include "database/core/SqlQuery.h"

#include <QDate>
#include <QString>

#include <optional>

namespace bd {

class Store;

struct CareTaskRecord
{
    QString id;
    QString customerId;
    QString staffId;
    QString kind; // CareTaskKind code
    QDate dueOn;
    CareTaskStatus status = CareTaskStatus::Open; // stored as its WorkStates code
    QString note;
    int version = 1;
};

// Care-plan tasks. Every write records its sync change; call inside a Transaction.
class CareTaskRepository
{
public:
    explicit CareTaskRepository(Store &store);

    // Whether the customer has a task of this kind (any status, not deleted); with valid
    // days, one due between them (both included).
    Result<bool> exists(const QString &customerId, const QString &kind, const QDate &dueFrom = {},
                        const QDate &dueUntil = {}) const;
    Result<> insert(CareTaskRecord &task, const QString &at); // makes the id
    // No value: no such task. An error: it could not be read, or its stored status is one
    // this build does not know.
    Result<std::optional<CareTaskRecord>> byId(const QString &id) const;
    // Marks the task done with a note, and the contact that did it (may be empty); an empty
    // error when it changed meanwhile.
    Result<> complete(const CareTaskRecord &before, const QString &note, const QString &at,
                      const QString &interactionId = {});
    // The task a contact completed (care_task.interaction_id), if any, still done.
    Result<std::optional<CareTaskRecord>> completedBy(const QString &interactionId) const;
    // Opens a done task again, as before the contact (its contact voided); an empty error when
    // it changed meanwhile.
    Result<> reopen(const CareTaskRecord &before, const QString &at);

private:
    Store &m_store;
    // exists() runs once per candidate of a care-plan run: prepared once.
    mutable SqlQuery m_kindExists;
    mutable SqlQuery m_dayExists;
};

} // namespace bd
