#pragma once

#include "app/domain/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace bd {

// Opens a write transaction (BEGIN IMMEDIATE, so two writers never deadlock on upgrade)
// and rolls it back on destruction unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase database);
    ~Transaction();
    Q_DISABLE_COPY_MOVE(Transaction)

    bool isActive() const { return m_active; }
    // Ok while the transaction is open; otherwise why BEGIN failed.
    Result<> began() const;
    // Commits; on failure rolls back and says why (also when BEGIN had failed).
    Result<> commit();
    void rollback();

private:
    QSqlDatabase m_database;
    bool m_active = false;
    QString m_beginError;
};

} // namespace bd
