#include "app/server/ServerStatement.h"

#include <QSqlError>

namespace bd {

ServerStatement::ServerStatement(const QSqlDatabase &db, QString statement)
    : m_query(db)
    , m_statement(std::move(statement))
{
    m_query.setForwardOnly(true);
}

Result<> ServerStatement::run(const QVariantList &values)
{
    if (values.isEmpty()) {
        if (m_query.exec(m_statement))
            return {};
        return Error(m_query.lastError().text());
    }
    if (!m_prepared && !m_query.prepare(m_statement))
        return Error(m_query.lastError().text());
    m_prepared = true;
    for (int i = 0; i < values.size(); ++i)
        m_query.bindValue(i, values.at(i));
    if (m_query.exec())
        return {};
    return Error(m_query.lastError().text());
}

Result<> ServerStatement::exec(const QSqlDatabase &db, const QString &statement,
                               const QVariantList &values)
{
    return ServerStatement(db, statement).run(values);
}

} // namespace bd
