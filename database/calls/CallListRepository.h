#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace bd {

class Store;

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
    QString customerId;
    QString assignedTo;
    int rankScore = 0;
    QString reason;
    QDate dueOn;
    QString status = QStringLiteral("open"); // open | done | skipped
    QString outcome;                         // reached, not_reached, interested, refused, appointment
    QString doneAt;
    QString excludedReason;                  // a ContactPolicy breach code (skipped tasks)
    int attempts = 0;
    QDate nextAttemptOn;
    QString interactionId;
    int version = 1;
};

// Call lists and their tasks. Every write records its sync change; call inside a
// Transaction.
class CallListRepository
{
public:
    explicit CallListRepository(Store &store);

    bool insertList(CallListRecord &list);  // makes the id
    bool insertTask(CallTaskRecord &task, const QString &at); // makes the id
    std::optional<CallTaskRecord> taskById(const QString &id) const;
    // Writes the outcome fields of `after` with the base version of `before` checked; false
    // with an empty error when the task changed meanwhile.
    bool updateOutcome(const CallTaskRecord &before, const CallTaskRecord &after, const QString &at);

    QString errorString() const { return m_error; }

private:
    Store &m_store;
    mutable QString m_error;
};

} // namespace bd
