#pragma once

#include "app/domain/Result.h"
#include "app/server/ServerDatabase.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace bd {

// What differs between the server's two databases: connecting, running a migration
// script, taking the locks that keep a branch's numbers in commit order, and the few
// statements that need PostgreSQL's or SQLite's own SQL. Everything else in the server's
// rooms is plain SQL that both accept. The two dialects live in their own files.
class ServerSqlDialect
{
public:
    virtual ~ServerSqlDialect() = default;
    static std::unique_ptr<ServerSqlDialect> postgres(); // ServerPostgresDialect.cpp
    static std::unique_ptr<ServerSqlDialect> sqlite(); // ServerSqliteDialect.cpp
    static std::unique_ptr<ServerSqlDialect> create(ServerDatabase::Settings::Driver driver)
    {
        return driver == ServerDatabase::Settings::Driver::Sqlite ? sqlite() : postgres();
    }

    // Adds and opens the connection `name`; a translated message on failure.
    virtual Result<> open(const QString &name, const ServerDatabase::Settings &settings) = 0;
    // Opens the connection `name` again after it was lost, with the settings it was added
    // with (and the session's own settings).
    virtual Result<> reopen(QSqlDatabase &db) const
    {
        db.close();
        return db.open() ? Result<>() : Result<>(Error(db.lastError().text()));
    }
    virtual QString migrationDir() const = 0;
    // Starts a transaction that will write. It also holds off other migrations when
    // `migration` is set.
    virtual Result<> beginWrite(QSqlDatabase &db, bool migration) const = 0;
    virtual QString createVersionTableSql() const = 0;
    virtual Result<> runScript(QSqlDatabase &db, const QString &script) const = 0;

    // The branch's counter row, held until the transaction ends; one column, next_seq.
    virtual QString counterForUpdateSql() const = 0;
    // (change_id, seq) of the held changes among a batch's ids, bound with idList().
    virtual QString knownChangeIdsSql() const = 0;
    virtual QVariant idList(const QStringList &ids) const = 0;
    // Inserts a batch given as a JSON array of rows (branch id, then the array).
    virtual QString insertChangesSql() const = 0;
    // A column of a type of the database's own (uuid, jsonb) read as text.
    virtual QString asText(const QString &column) const = 0;
    // A bound parameter holding JSON text, as a value of the `fields` column.
    virtual QString jsonParameter() const = 0;
    virtual QString nowSql() const = 0; // the current time, comparable with stored times
    // One node's audit chain grows in one transaction at a time.
    virtual Result<> lockAuditChain(QSqlDatabase &db, const QString &originNode) const = 0;
};

} // namespace bd
