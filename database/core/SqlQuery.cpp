#include "database/core/SqlQuery.h"

#include "database/core/DatabaseLogging.h"
#include "database/core/SqlTime.h"

#include <QSqlError>

namespace bd {

SqlQuery::SqlQuery(const QSqlDatabase &database)
    : m_query(database)
{
}

SqlQuery::SqlQuery(const QSqlDatabase &database, const QString &sql)
    : m_query(database)
{
    prepare(sql);
}

void SqlQuery::prepare(const QString &sql)
{
    m_nextPosition = 0;
    m_prepared = m_query.prepare(sql);
    m_prepareError = m_prepared ? QString() : m_query.lastError().text();
}

SqlQuery &SqlQuery::bind(const QVariant &value)
{
    m_query.bindValue(m_nextPosition++, value);
    return *this;
}

SqlQuery &SqlQuery::bindAt(int position, const QVariant &value)
{
    m_query.bindValue(position, value);
    return *this;
}

SqlQuery &SqlQuery::bindAt(const QString &name, const QVariant &value)
{
    m_query.bindValue(name, value);
    return *this;
}

Result<> SqlQuery::exec()
{
    m_nextPosition = 0;
    if (!m_prepared)
        return Error(m_prepareError);
    if (!m_query.exec())
        return Error(m_query.lastError().text());
    return {};
}

Result<> SqlQuery::execOnOneRow()
{
    if (Result<> ran = exec(); !ran)
        return ran;
    if (m_query.numRowsAffected() != 1)
        return Error(QString());
    return {};
}

Result<> SqlQuery::exec(const QString &sql)
{
    m_prepared = false;
    m_nextPosition = 0;
    if (!m_query.exec(sql))
        return Error(m_query.lastError().text());
    return {};
}

bool SqlQuery::select()
{
    const Result<> ran = exec();
    if (!ran)
        qCWarning(lcDb).noquote() << "query failed:" << ran.errorString();
    return ran.ok();
}

bool SqlQuery::selectEach(const QSqlDatabase &database, const QString &sql,
                          const QVariantList &values,
                          const std::function<void(const SqlQuery &)> &eachRow)
{
    SqlQuery query(database);
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.bind(value);
    if (!query.select())
        return false;
    while (query.next())
        eachRow(query);
    return true;
}

QDate SqlQuery::date(int column) const
{
    return QDate::fromString(text(column), Qt::ISODate);
}

QString SqlQuery::driverText(const QSqlQuery &query)
{
    return query.lastError().text();
}

namespace SqlValue {

QVariant nullText()
{
    return QVariant(QMetaType(QMetaType::QString));
}

QVariant orNull(const QString &text)
{
    return text.isEmpty() ? nullText() : QVariant(text);
}

QVariant notNull(const QString &text)
{
    return QVariant(text.isNull() ? QStringLiteral("") : text);
}

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(SqlTime::date(date)) : nullText();
}

} // namespace SqlValue

} // namespace bd
