#pragma once

#include "app/domain/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace bd {

// Many new rows of one table and column list written by INSERT ... VALUES (...), (...),
// a few hundred rows per statement, on the file's own sqlite3 handle (so inside the
// caller's transaction). A table with triggers costs SQLite a statement journal and a frame
// per trigger program on every statement: row by row, that was most of the time a pulled
// batch of new customers spent inserting them, three times what one statement over the
// same rows takes (issue 13). Values are bound as Qt SQL binds them (null, integer, real,
// text, blob), so a row is stored exactly as RemoteChangeApplier's one-row INSERT stores it.
// A failed statement leaves its rows half written: the caller rolls back to a savepoint.
class MultiRowInsert
{
public:
    MultiRowInsert(sqlite3 *db, const QString &table, const QStringList &columns);
    ~MultiRowInsert();
    MultiRowInsert(const MultiRowInsert &) = delete;
    MultiRowInsert &operator=(const MultiRowInsert &) = delete;

    // Every row holds one value per column, in the columns' order.
    Result<> insert(const QList<QVariantList> &rows);

    static constexpr int kRowsPerStatement = 256;

private:
    sqlite3_stmt *statementFor(int rows); // prepared once per row count
    int bind(sqlite3_stmt *statement, int position, const QVariant &value);

    sqlite3 *m_db;
    QString m_table;
    QStringList m_columns;
    QHash<int, sqlite3_stmt *> m_statements;
};

} // namespace bd
