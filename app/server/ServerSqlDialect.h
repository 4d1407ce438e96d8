#pragma once

#include "app/server/ServerStore.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace bd {

// What differs between ServerStore's two databases: connecting, running a migration
// script, taking the locks that keep a branch's numbers in commit order, and the few
// statements that need PostgreSQL's or SQLite's own SQL. Everything else in ServerStore is
// plain SQL that both accept.
class ServerSqlDialect
{
public:
    virtual ~ServerSqlDialect() = default;
    static std::unique_ptr<ServerSqlDialect> create(ServerStore::Settings::Driver driver);

    // Adds and opens the connection `name`; a translated message on failure.
    virtual bool open(const QString &name, const ServerStore::Settings &settings,
                      QString *error) = 0;
    virtual QString migrationDir() const = 0;
    // Starts a transaction that will write. It also holds off other migrations when
    // `migration` is set.
    virtual bool beginWrite(QSqlDatabase &db, QString *error, bool migration = false) const = 0;
    virtual QString createVersionTableSql() const = 0;
    virtual bool runScript(QSqlDatabase &db, const QString &script, QString *error) const = 0;

    // The branch's counter row, held until the transaction ends; one column, next_seq.
    virtual QString counterForUpdateSql() const = 0;
    // (change_id, seq) of the held changes among a batch's ids, bound with idList().
    virtual QString knownChangeIdsSql() const = 0;
    virtual QVariant idList(const QStringList &ids) const = 0;
    // Inserts a batch given as a JSON array of rows (branch id, then the array).
    virtual QString insertChangesSql() const = 0;
    virtual QString changesAfterSql() const = 0;
    virtual QString nowSql() const = 0; // the current time, comparable with stored times
    // One node's audit chain grows in one transaction at a time.
    virtual bool lockAuditChain(QSqlDatabase &db, const QString &originNode,
                                QString *error) const = 0;
};

// The production store: a PostgreSQL database (QPSQL), migrations in migrations/postgres.
class ServerPostgresDialect final : public ServerSqlDialect
{
public:
    bool open(const QString &name, const ServerStore::Settings &settings, QString *error) override;
    QString migrationDir() const override;
    bool beginWrite(QSqlDatabase &db, QString *error, bool migration) const override;
    QString createVersionTableSql() const override;
    bool runScript(QSqlDatabase &db, const QString &script, QString *error) const override;
    QString counterForUpdateSql() const override;
    QString knownChangeIdsSql() const override;
    QVariant idList(const QStringList &ids) const override;
    QString insertChangesSql() const override;
    QString changesAfterSql() const override;
    QString nowSql() const override;
    bool lockAuditChain(QSqlDatabase &db, const QString &originNode,
                        QString *error) const override;
};

// The embedded store: one SQLite file (QSQLITE), migrations in migrations/server-sqlite.
// Writers serialise on BEGIN IMMEDIATE, which takes SQLite's one write lock at once.
class ServerSqliteDialect final : public ServerSqlDialect
{
public:
    bool open(const QString &name, const ServerStore::Settings &settings, QString *error) override;
    QString migrationDir() const override;
    bool beginWrite(QSqlDatabase &db, QString *error, bool migration) const override;
    QString createVersionTableSql() const override;
    bool runScript(QSqlDatabase &db, const QString &script, QString *error) const override;
    QString counterForUpdateSql() const override;
    QString knownChangeIdsSql() const override;
    QVariant idList(const QStringList &ids) const override;
    QString insertChangesSql() const override;
    QString changesAfterSql() const override;
    QString nowSql() const override;
    bool lockAuditChain(QSqlDatabase &db, const QString &originNode,
                        QString *error) const override;
};

} // namespace bd
