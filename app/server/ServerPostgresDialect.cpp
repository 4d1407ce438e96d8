#include "app/server/ServerSqlDialect.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace bd {

namespace {
constexpr qint64 kMigrationLock = 0x42444B31; // advisory lock: one server migrates at a time
}

bool ServerPostgresDialect::open(const QString &name, const ServerStore::Settings &settings,
                                 QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(settings.host);
    db.setPort(settings.port);
    db.setDatabaseName(settings.database);
    db.setUserName(settings.user);
    db.setPassword(settings.password);
    db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    if (!db.open()) {
        *error = QCoreApplication::translate("ServerStore", "Cannot connect to PostgreSQL: %1")
                         .arg(db.lastError().text());
        return false;
    }
    // The server's log is JSON lines: PostgreSQL's notices would break it.
    QSqlQuery(db).exec(QStringLiteral("SET client_min_messages TO warning"));
    return true;
}

QString ServerPostgresDialect::migrationDir() const
{
    return QStringLiteral(":/migrations/postgres");
}

bool ServerPostgresDialect::beginWrite(QSqlDatabase &db, QString *error, bool migration) const
{
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery lock(db);
    if (!migration
        || lock.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kMigrationLock)))
        return true;
    *error = lock.lastError().text();
    db.rollback();
    return false;
}

QString ServerPostgresDialect::createVersionTableSql() const
{
    return QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version integer "
                          "PRIMARY KEY, description text NOT NULL, applied_at timestamptz "
                          "NOT NULL DEFAULT now())");
}

bool ServerPostgresDialect::runScript(QSqlDatabase &db, const QString &script,
                                      QString *error) const
{
    QSqlQuery step(db);
    if (step.exec(script))
        return true;
    *error = step.lastError().text();
    return false;
}

QString ServerPostgresDialect::counterForUpdateSql() const
{
    // FOR UPDATE locks the row until this transaction ends, so the branch's numbers are
    // committed in the order they are handed out.
    return QStringLiteral(
            "SELECT next_seq FROM branch_change_counter WHERE branch_id = ? FOR UPDATE");
}

QString ServerPostgresDialect::knownChangeIdsSql() const
{
    return QStringLiteral(
            "SELECT change_id::text, seq FROM change_log WHERE change_id = ANY(?::uuid[])");
}

QVariant ServerPostgresDialect::idList(const QStringList &ids) const
{
    // The ids were checked to be UUIDs, so the array literal needs no escaping.
    return QString(QLatin1Char('{') + ids.join(QLatin1Char(',')) + QLatin1Char('}'));
}

QString ServerPostgresDialect::insertChangesSql() const
{
    return QStringLiteral(
            "INSERT INTO change_log(branch_id, seq, change_id, table_name, row_id, op, fields, "
            "base_version, hlc, origin_node, schema_version) "
            "SELECT ?, r.seq, r.change_id::uuid, r.table_name, r.row_id, r.op, r.fields, "
            "r.base_version, r.hlc, r.origin_node, r.schema_version "
            "FROM jsonb_to_recordset(?::jsonb) AS r(seq bigint, change_id text, "
            "table_name text, row_id text, op text, fields jsonb, base_version integer, "
            "hlc text, origin_node text, schema_version integer)");
}

QString ServerPostgresDialect::changesAfterSql() const
{
    return QStringLiteral(
            "SELECT seq, change_id::text, table_name, row_id, op, fields::text, base_version, hlc, "
            "origin_node, schema_version FROM change_log WHERE branch_id = ? AND seq > ? "
            "ORDER BY seq LIMIT ?");
}

QString ServerPostgresDialect::nowSql() const
{
    return QStringLiteral("now()");
}

bool ServerPostgresDialect::lockAuditChain(QSqlDatabase &db, const QString &originNode,
                                           QString *error) const
{
    QSqlQuery lock(db);
    lock.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(hashtext(?))"));
    lock.addBindValue(originNode);
    if (lock.exec())
        return true;
    *error = lock.lastError().text();
    return false;
}

} // namespace bd
