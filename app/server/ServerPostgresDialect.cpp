#include "app/server/ServerSqlDialect.h"
#include "app/server/ServerStatement.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace bd {

namespace {
constexpr qint64 kMigrationLock = 0x42444B31; // advisory lock: one server migrates at a time

// "host:port,host:port" as libpq's multi-host form: each is tried in turn and only one
// that takes writes is kept (a standby refuses until it is promoted). A short connect
// timeout, since a lost primary is tried at every reconnection.
void setHostList(QSqlDatabase &db, const QString &hosts)
{
    QStringList names;
    QStringList ports;
    for (const QString &entry : hosts.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        names << entry.section(QLatin1Char(':'), 0, 0).trimmed();
        ports << entry.section(QLatin1Char(':'), 1, 1).trimmed();
        if (ports.last().isEmpty())
            ports.last() = QStringLiteral("5432");
    }
    db.setHostName(names.join(QLatin1Char(',')));
    db.setConnectOptions(QStringLiteral("port=%1;target_session_attrs=read-write;"
                                        "connect_timeout=3")
                                 .arg(ports.join(QLatin1Char(','))));
}

void startSession(QSqlDatabase &db)
{
    // The server's log is JSON lines: PostgreSQL's notices would break it.
    QSqlQuery(db).exec(QStringLiteral("SET client_min_messages TO warning"));
}

// The production store: a PostgreSQL database (QPSQL), migrations in migrations/postgres.
class ServerPostgresDialect final : public ServerSqlDialect
{
public:
    Result<> open(const QString &name, const ServerDatabase::Settings &settings) override
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setDatabaseName(settings.database);
        db.setUserName(settings.user);
        db.setPassword(settings.password);
        if (settings.hosts.isEmpty()) {
            db.setHostName(settings.host);
            db.setPort(settings.port);
            db.setConnectOptions(QStringLiteral("connect_timeout=10"));
        } else {
            setHostList(db, settings.hosts);
        }
        if (!db.open())
            return Error(
                    QCoreApplication::translate("ServerStore", "Cannot connect to PostgreSQL: %1")
                            .arg(db.lastError().text()));
        startSession(db);
        return {};
    }

    Result<> reopen(QSqlDatabase &db) const override
    {
        db.close();
        if (!db.open())
            return Error(db.lastError().text());
        startSession(db);
        return {};
    }

    QString migrationDir() const override { return QStringLiteral(":/migrations/postgres"); }

    Result<> beginWrite(QSqlDatabase &db, bool migration) const override
    {
        if (!db.transaction())
            return Error(db.lastError().text());
        if (!migration)
            return {};
        const Result<> locked = ServerStatement::exec(
                db, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kMigrationLock));
        if (!locked)
            db.rollback();
        return locked;
    }

    QString createVersionTableSql() const override
    {
        return QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version integer "
                              "PRIMARY KEY, description text NOT NULL, applied_at timestamptz "
                              "NOT NULL DEFAULT now())");
    }

    Result<> runScript(QSqlDatabase &db, const QString &script) const override
    {
        return ServerStatement::exec(db, script);
    }

    QString counterForUpdateSql() const override
    {
        // FOR UPDATE locks the row until this transaction ends, so the branch's numbers
        // are committed in the order they are handed out.
        return QStringLiteral(
                "SELECT next_seq FROM branch_change_counter WHERE branch_id = ? FOR UPDATE");
    }

    QString knownChangeIdsSql() const override
    {
        return QStringLiteral(
                "SELECT change_id::text, seq FROM change_log WHERE change_id = ANY(?::uuid[])");
    }

    QVariant idList(const QStringList &ids) const override
    {
        // The ids were checked to be UUIDs, so the array literal needs no escaping.
        return QString(QLatin1Char('{') + ids.join(QLatin1Char(',')) + QLatin1Char('}'));
    }

    QString insertChangesSql() const override
    {
        return QStringLiteral(
                "INSERT INTO change_log(branch_id, seq, change_id, table_name, row_id, op, "
                "fields, base_version, hlc, origin_node, schema_version) "
                "SELECT ?, r.seq, r.change_id::uuid, r.table_name, r.row_id, r.op, r.fields, "
                "r.base_version, r.hlc, r.origin_node, r.schema_version "
                "FROM jsonb_to_recordset(?::jsonb) AS r(seq bigint, change_id text, "
                "table_name text, row_id text, op text, fields jsonb, base_version integer, "
                "hlc text, origin_node text, schema_version integer)");
    }

    QString asText(const QString &column) const override
    {
        return column + QStringLiteral("::text");
    }

    QString jsonParameter() const override { return QStringLiteral("CAST(? AS jsonb)"); }

    QString nowSql() const override { return QStringLiteral("now()"); }

    Result<> lockAuditChain(QSqlDatabase &db, const QString &originNode) const override
    {
        return ServerStatement::exec(
                db, QStringLiteral("SELECT pg_advisory_xact_lock(hashtext(?))"), { originNode });
    }
};
} // namespace

std::unique_ptr<ServerSqlDialect> ServerSqlDialect::postgres()
{
    return std::make_unique<ServerPostgresDialect>();
}

} // namespace bd
