#include "database/sync/MultiRowInsert.h"

#include "database/core/NativeStatement.h"

#include <sqlite3.h>

namespace bd {

MultiRowInsert::MultiRowInsert(sqlite3 *db, const QString &table, const QStringList &columns)
    : m_db(db)
    , m_table(table)
    , m_columns(columns)
{
}

MultiRowInsert::~MultiRowInsert()
{
    for (sqlite3_stmt *statement : std::as_const(m_statements))
        sqlite3_finalize(statement);
}

sqlite3_stmt *MultiRowInsert::statementFor(int rows)
{
    if (sqlite3_stmt *known = m_statements.value(rows))
        return known;
    // Table and column names are the table's own (pragma_table_info), never sent text.
    const QString row = QLatin1Char('(')
            + QStringList(m_columns.size(), QStringLiteral("?")).join(QLatin1Char(','))
            + QLatin1Char(')');
    const QString sql = QStringLiteral("INSERT INTO %1(%2) VALUES %3")
                                .arg(m_table, m_columns.join(QLatin1Char(',')),
                                     QStringList(rows, row).join(QLatin1Char(',')));
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(m_db, sql.toUtf8().constData(), -1, SQLITE_PREPARE_PERSISTENT,
                           &statement, nullptr)
        != SQLITE_OK) {
        sqlite3_finalize(statement);
        return nullptr;
    }
    m_statements.insert(rows, statement);
    return statement;
}

int MultiRowInsert::bind(sqlite3_stmt *statement, int position, const QVariant &value)
{
    // As QSQLiteResult::exec binds (Qt SQL's SQLite driver).
    if (value.isNull())
        return sqlite3_bind_null(statement, position);
    switch (value.typeId()) {
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        return sqlite3_bind_blob(statement, position, bytes.constData(), int(bytes.size()),
                                 SQLITE_TRANSIENT);
    }
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::Long:
    case QMetaType::Short:
        return sqlite3_bind_int64(statement, position, value.toLongLong());
    case QMetaType::ULongLong:
    case QMetaType::ULong:
    case QMetaType::UShort:
        return sqlite3_bind_int64(statement, position, qint64(value.toULongLong()));
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(statement, position, value.toDouble());
    default: {
        const QByteArray text = value.toString().toUtf8();
        return sqlite3_bind_text(statement, position, text.constData(), int(text.size()),
                                 SQLITE_TRANSIENT);
    }
    }
}

Result<> MultiRowInsert::insert(const QList<QVariantList> &rows)
{
    if (!m_db)
        return Error(NativeStatement::notSqlite());
    for (qsizetype from = 0; from < rows.size(); from += kRowsPerStatement) {
        const int count = int(qMin<qsizetype>(kRowsPerStatement, rows.size() - from));
        sqlite3_stmt *statement = statementFor(count);
        if (!statement)
            return Error(QString::fromUtf8(sqlite3_errmsg(m_db)));
        int position = 0;
        for (qsizetype r = from; r < from + count; ++r) {
            const QVariantList &row = rows.at(r);
            if (row.size() != m_columns.size())
                return Error(QStringLiteral("a row of %1 values for %2 columns")
                                     .arg(row.size())
                                     .arg(m_columns.size()));
            for (const QVariant &value : row) {
                if (bind(statement, ++position, value) != SQLITE_OK)
                    return Error(QString::fromUtf8(sqlite3_errmsg(m_db)));
            }
        }
        if (const Result<> ran = NativeStatement::runBound(m_db, statement); !ran)
            return ran;
    }
    return {};
}

} // namespace bd
