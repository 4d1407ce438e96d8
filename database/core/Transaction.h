#pragma once

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
    bool commit();
    void rollback();
    QString errorString() const { return m_error; }

private:
    QSqlDatabase m_database;
    bool m_active = false;
    QString m_error;
};

} // namespace bd
