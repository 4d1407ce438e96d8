#pragma once

#include "app/domain/Ids.h"
#include "app/domain/Result.h"
#include "app/domain/WorkStates.h"

#include <QDate>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace bd {

class Store;
class TaskRowInserter;

struct CallListRecord
{
    QString id;
    QString branchId;
    QString name;
    QString segmentId;  // empty: a selection of customers
    QString createdBy;
    QString assignedTo; // the one manager of a single-manager list; empty otherwise
    QDate startsOn;
    QDate endsOn;
    QString mode = QStringLiteral("list"); // list (名单制) | owner (管户制)
    QString purpose;
    QString createdAt;
};

struct CallTaskRecord
{
    QString id;
    QString callListId;
    CustomerId customerId;
    QString assignedTo;
    int rankScore = 0;
    QString reason;
    QDate dueOn;
    CallTaskStatus status = CallTaskStatus::Open; // stored as its WorkStates code
    std::optional<CallOutcome> outcome;            // none until a call is logged
    QString doneAt;
    QString excludedReason;                  // a ContactPolicy breach code (skipped tasks)
    int attempts = 0;
    QDate nextAttemptOn;
    QString interactionId;
    int version = 1;
};

// Call lists and their tasks. Every write records its sync change; call inside a
// Transaction. One repository inserting many tasks prepares its statements once.
class CallListRepository
{
public:
    explicit CallListRepository(Store &store);
    ~CallListRepository();
    Q_DISABLE_COPY_MOVE(CallListRepository)

    Result<> insertList(CallListRecord &list);                     // makes the id
    Result<> insertTask(CallTaskRecord &task, const QString &at); // makes the id
    // No value: no such task. An error: it could not be read, or its stored status or
    // outcome is one this build does not know.
    Result<std::optional<CallTaskRecord>> taskById(const QString &id) const;
    // Writes the outcome fields of `after` with the base version of `before` checked; an
    // empty error when the task changed meanwhile.
    Result<> updateOutcome(const CallTaskRecord &before, const CallTaskRecord &after,
                           const QString &at);

    // The customers with a task, whatever its state (open, done, skipped), on a list of this
    // branch with this name and these dates: the same list handed out once already (a second
    // click, a retry, or again after calls were made) reaches none of them again.
    Result<QSet<QString>> customersOnListLike(const QString &branchId, const QString &name,
                                              const QDate &startsOn, const QDate &endsOn) const;

private:
    Store &m_store;
    std::unique_ptr<TaskRowInserter> m_tasks; // made by the first insertTask
};

} // namespace bd
