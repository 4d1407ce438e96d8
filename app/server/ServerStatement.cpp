#include "app/server/ServerStatement.h"

#include "app/server/ServerMetrics.h"

#include <QElapsedTimer>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>

#include <atomic>

namespace bd {

namespace {
std::atomic<bool> pooledPerTransaction { false };
} // namespace

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
    if (pooledPerTransaction)
        return m_query.exec(withValues(*m_query.driver(), m_statement, values));
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

void ServerStatement::setPooledPerTransaction(bool pooled)
{
    pooledPerTransaction = pooled;
}

QString ServerStatement::withValues(const QSqlDriver &driver, const QString &statement,
                                    const QVariantList &values)
{
    QString text;
    text.reserve(statement.size() + 16 * values.size());
    QChar quote; // inside '...' or "...": a ? there is no placeholder
    qsizetype next = 0;
    for (const QChar c : statement) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
        } else if (c == QLatin1Char('?') && next < values.size()) {
            const QVariant &value = values.at(next++);
            QSqlField field(QString(), value.metaType());
            field.setValue(value);
            text += driver.formatValue(field);
            continue;
        }
        text += c;
    }
    return text;
}

} // namespace bd
