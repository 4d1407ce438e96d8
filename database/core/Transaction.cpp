#include "database/core/Transaction.h"

#include "database/core/DatabaseLogging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace bd {

Transaction::Transaction(QSqlDatabase database)
    : m_database(std::move(database))
{
    QSqlQuery begin(m_database);
    m_active = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!m_active) {
        m_beginError = begin.lastError().text();
        qCWarning(lcDb) << "cannot begin transaction:" << m_beginError;
    }
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

Result<> Transaction::began() const
{
    if (m_active)
        return {};
    return Error(m_beginError);
}

Result<> Transaction::commit()
{
    if (!m_active)
        return Error(m_beginError);
    QSqlQuery commit(m_database);
    if (!commit.exec(QStringLiteral("COMMIT"))) {
        const QString error = commit.lastError().text();
        qCWarning(lcDb) << "commit failed:" << error;
        rollback();
        return Error(error);
    }
    m_active = false;
    return {};
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    QSqlQuery rollback(m_database);
    rollback.exec(QStringLiteral("ROLLBACK"));
    m_active = false;
}

} // namespace bd
