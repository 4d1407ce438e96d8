#include "app/server/ServerStatement.h"

#include "app/server/PostgresPlaceholders.h"
#include "app/server/ServerMetrics.h"

#include <QElapsedTimer>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>

#include <atomic>

namespace bd {

namespace {
std::atomic<bool> postgresValuesInText { true };

// What the driver's EXECUTE sends as NULL: Qt 6's QVariant::isNull() is false for a null
// QString, QByteArray or date, which prepared statements store as NULL all the same.
bool boundAsNull(const QVariant &value)
{
    if (value.isNull())
        return true;
    switch (value.metaType().id()) {
    case QMetaType::QString:
        return value.toString().isNull();
    case QMetaType::QByteArray:
        return value.toByteArray().isNull();
    case QMetaType::QDate:
        return value.toDate().isNull();
    case QMetaType::QTime:
        return value.toTime().isNull();
    case QMetaType::QDateTime:
        return value.toDateTime().isNull();
    default:
        return false;
    }
}

// `value` as a literal by the driver's own formatValue(), the escaping its EXECUTE uses.
QString literal(const QSqlDriver &driver, const QVariant &value)
{
    QSqlField field(QString(), value.metaType());
    if (!boundAsNull(value))
        field.setValue(value);
    const QString text = driver.formatValue(field);
    // A negative number after a minus would open a comment (10 --3), and before a cast it
    // would be negated after the cast (-9223372036854775808::bigint overflows): in
    // parentheses it is one value wherever it stands.
    if (text.startsWith(u'-'))
        return u'(' + text + u')';
    return text;
}
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
    if (postgresValuesInText && m_query.driver()->dbmsType() == QSqlDriver::PostgreSQL)
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

void ServerStatement::setPostgresValues(PostgresValues values)
{
    postgresValuesInText = values == PostgresValues::InText;
}

QString ServerStatement::withValues(const QSqlDriver &driver, const QString &statement,
                                    const QVariantList &values)
{
    QString text;
    text.reserve(statement.size() + 16 * values.size());
    qsizetype from = 0;
    qsizetype next = 0;
    for (const qsizetype at : postgresPlaceholders(statement)) {
        if (next == values.size())
            break;
        text += QStringView(statement).mid(from, at - from);
        text += literal(driver, values.at(next++));
        from = at + 1;
    }
    text += QStringView(statement).mid(from);
    return text;
}

} // namespace bd
