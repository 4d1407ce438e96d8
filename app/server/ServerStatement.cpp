#include "app/server/ServerStatement.h"

#include "app/server/ServerMetrics.h"

#include <QElapsedTimer>
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
    // Each run is one round-trip to the database (a first prepare is another), counted
    // for /metrics.
    QElapsedTimer timer;
    timer.start();
    const bool ok = send(values);
    ServerMetrics::databaseRoundTrip(timer.nsecsElapsed(), ok);
    if (ok)
        return {};
    return Error(m_query.lastError().text());
}

bool ServerStatement::send(const QVariantList &values)
{
    if (values.isEmpty())
        return m_query.exec(m_statement);
    if (!m_prepared && !m_query.prepare(m_statement))
        return false;
    m_prepared = true;
    for (int i = 0; i < values.size(); ++i)
        m_query.bindValue(i, values.at(i));
    return m_query.exec();
}

Result<> ServerStatement::exec(const QSqlDatabase &db, const QString &statement,
                               const QVariantList &values)
{
    return ServerStatement(db, statement).run(values);
}

} // namespace bd
