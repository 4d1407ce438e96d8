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
        m_error = begin.lastError().text();
        qCWarning(lcDb) << "cannot begin transaction:" << m_error;
    }
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    QSqlQuery commit(m_database);
    if (!commit.exec(QStringLiteral("COMMIT"))) {
        m_error = commit.lastError().text();
        qCWarning(lcDb) << "commit failed:" << m_error;
        rollback();
        return false;
    }
    m_active = false;
    return true;
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
