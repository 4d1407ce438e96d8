#pragma once

#include <QDate>
#include <QSqlQuery>
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
    QString status = QStringLiteral("open");
    QString note;
    int version = 1;
};

// Care-plan tasks. Every write records its sync change; call inside a Transaction.
class CareTaskRepository
{
public:
    explicit CareTaskRepository(Store &store);

    // Whether the customer has a task of this kind (any status, not deleted); with a valid
    // day, one due on that day.
    bool exists(const QString &customerId, const QString &kind, const QDate &dueOn = {}) const;
    bool insert(CareTaskRecord &task, const QString &at); // makes the id
    std::optional<CareTaskRecord> byId(const QString &id) const;
    // Marks the task done with a note; false with an empty error when it changed meanwhile.
    bool complete(const CareTaskRecord &before, const QString &note, const QString &at);

    QString errorString() const { return m_error; }

private:
    Store &m_store;
    mutable QString m_error;
    // exists() runs once per candidate of a care-plan run: prepared once.
    mutable QSqlQuery m_kindExists;
    mutable QSqlQuery m_dayExists;
};

} // namespace bd
