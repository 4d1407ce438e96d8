#include "ServerStore.h"

#include "PasswordHasher.h"
#include "SyncLogging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace bd {

namespace {
std::atomic<int> g_connections{0};
const char kMigrationDir[] = ":/migrations/postgres";
constexpr qint64 kMigrationLock = 0x42444B31; // advisory lock: one server migrates at a time

QStringList migrationFiles()
{
    QStringList files;
    const QDir dir(QString::fromLatin1(kMigrationDir));
    for (const QString &name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}

int versionOf(const QString &path)
{
    return QFileInfo(path).fileName().section(QLatin1Char('_'), 0, 0).toInt();
}
} // namespace

ServerStore::ServerStore()
    : m_connectionName(QStringLiteral("branchdesk-server-%1").arg(++g_connections))
{
}

ServerStore::~ServerStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int ServerStore::latestSchemaVersion()
{
    const QStringList files = migrationFiles();
    return files.isEmpty() ? 0 : versionOf(files.last());
}

bool ServerStore::open(const Settings &settings)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    db.setHostName(settings.host);
    db.setPort(settings.port);
    db.setDatabaseName(settings.database);
    db.setUserName(settings.user);
    db.setPassword(settings.password);
    db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    if (!db.open()) {
        m_error = QCoreApplication::translate("ServerStore", "Cannot connect to PostgreSQL: %1")
                          .arg(db.lastError().text());
        return false;
    }
    return migrate();
}

bool ServerStore::isOpen() const
{
    return QSqlDatabase::database(m_connectionName, false).isOpen();
}

bool ServerStore::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    for (const QString &path : migrationFiles()) {
        const int version = versionOf(path);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_error = QStringLiteral("cannot read %1").arg(path);
            return false;
        }
        const QString script = QString::fromUtf8(file.readAll());
        db.transaction();
        QSqlQuery query(db);
        query.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kMigrationLock));
        query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version integer "
                                  "PRIMARY KEY, description text NOT NULL, applied_at timestamptz "
                                  "NOT NULL DEFAULT now())"));
        query.prepare(QStringLiteral("SELECT 1 FROM schema_version WHERE version = ?"));
        query.addBindValue(version);
        if (query.exec() && query.next()) {
            db.commit();
            continue;
        }
        QSqlQuery step(db);
        QSqlQuery record(db);
        record.prepare(QStringLiteral(
                "INSERT INTO schema_version(version, description) VALUES (?, ?)"));
        record.addBindValue(version);
        record.addBindValue(QFileInfo(path).completeBaseName().section(QLatin1Char('_'), 1));
        if (!step.exec(script) || !record.exec() || !db.commit()) {
            m_error = QCoreApplication::translate("ServerStore",
                                                  "Upgrading the server database to version %1 "
                                                  "failed: %2")
                              .arg(version)
                              .arg(step.lastError().isValid() ? step.lastError().text()
                                                              : record.lastError().text());
            db.rollback();
            return false;
        }
        qCInfo(lcSync) << "server schema migrated to" << version;
    }
    return true;
}

int ServerStore::schemaVersion() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (query.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_version"))
        && query.next())
        return query.value(0).toInt();
    return 0;
}

QString ServerStore::epoch() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (query.exec(QStringLiteral("SELECT value FROM server_state WHERE key = 'epoch'"))
        && query.next())
        return query.value(0).toString();
    return {};
}

bool ServerStore::ensureBranch(const QString &id, const QString &code, const QString &name)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    db.transaction();
    QSqlQuery branch(db);
    branch.prepare(QStringLiteral("INSERT INTO branch(id, code, name) VALUES (?, ?, ?) "
                                  "ON CONFLICT (id) DO NOTHING"));
    branch.addBindValue(id);
    branch.addBindValue(code);
    branch.addBindValue(name);
    QSqlQuery counter(db);
    counter.prepare(QStringLiteral("INSERT INTO branch_change_counter(branch_id) VALUES (?) "
                                   "ON CONFLICT (branch_id) DO NOTHING"));
    counter.addBindValue(id);
    if (!branch.exec() || !counter.exec() || !db.commit()) {
        m_error = branch.lastError().isValid() ? branch.lastError().text()
                                               : counter.lastError().text();
        db.rollback();
        return false;
    }
    return true;
}

bool ServerStore::hasBranch(const QString &id) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT 1 FROM branch WHERE id = ?"));
    query.addBindValue(id);
    return query.exec() && query.next();
}

bool ServerStore::addAccount(const QString &username, const QString &branchId, StaffRole role,
                             const QString &password)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral(
            "INSERT INTO staff_account(username, branch_id, role, password_hash) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (username) DO UPDATE SET branch_id = excluded.branch_id, "
            "role = excluded.role, password_hash = excluded.password_hash, active = true"));
    query.addBindValue(username);
    query.addBindValue(branchId);
    query.addBindValue(StaffRoles::code(role));
    query.addBindValue(PasswordHasher::hash(password));
    if (!query.exec()) {
        m_error = query.lastError().text();
        return false;
    }
    return true;
}

namespace {
QString tokenHash(const QString &token)
{
    return QString::fromLatin1(
            QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex());
}
} // namespace

std::optional<ServerStore::Token> ServerStore::signIn(const QString &username,
                                                      const QString &password, int validSeconds)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery account(db);
    account.prepare(QStringLiteral("SELECT branch_id, role, password_hash FROM staff_account "
                                   "WHERE username = ? AND active"));
    account.addBindValue(username);
    if (!account.exec() || !account.next()
        || !PasswordHasher::verify(password, account.value(2).toString()))
        return std::nullopt;
    quint32 random[8];
    QRandomGenerator::system()->fillRange(random);
    Token token;
    token.token = QString::fromLatin1(
            QByteArray(reinterpret_cast<const char *>(random), sizeof(random)).toHex());
    token.expiresAt = QDateTime::currentDateTimeUtc().addSecs(validSeconds);
    token.caller = {username, account.value(0).toString(),
                    StaffRoles::fromCode(account.value(1).toString()).value_or(StaffRole::Teller)};
    QSqlQuery store(db);
    store.prepare(QStringLiteral(
            "INSERT INTO access_token(token_hash, username, expires_at) VALUES (?, ?, ?)"));
    store.addBindValue(tokenHash(token.token));
    store.addBindValue(username);
    store.addBindValue(token.expiresAt);
    if (!store.exec()) {
        m_error = store.lastError().text();
        return std::nullopt;
    }
    return token;
}

std::optional<ServerStore::Caller> ServerStore::authorise(const QString &token) const
{
    if (token.size() != 64)
        return std::nullopt;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral(
            "SELECT a.username, a.branch_id, a.role FROM access_token t "
            "JOIN staff_account a ON a.username = t.username "
            "WHERE t.token_hash = ? AND t.expires_at > now() AND a.active"));
    query.addBindValue(tokenHash(token));
    if (!query.exec() || !query.next())
        return std::nullopt;
    return Caller{query.value(0).toString(), query.value(1).toString(),
                  StaffRoles::fromCode(query.value(2).toString()).value_or(StaffRole::Teller)};
}

bool ServerStore::append(const QString &branchId, const QList<SyncChange> &changes,
                         QList<Accepted> *accepted)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    accepted->clear();
    if (!db.transaction()) {
        m_error = db.lastError().text();
        return false;
    }
    auto fail = [&](const QSqlQuery &query) {
        m_error = query.lastError().text();
        db.rollback();
        accepted->clear();
        return false;
    };
    // Taking the branch's counter row locks it until this transaction ends, so the
    // branch's numbers are committed in the order they are handed out.
    QSqlQuery counter(db);
    counter.prepare(QStringLiteral(
            "SELECT next_seq FROM branch_change_counter WHERE branch_id = ? FOR UPDATE"));
    counter.addBindValue(branchId);
    if (!counter.exec())
        return fail(counter);
    if (!counter.next()) {
        m_error = QCoreApplication::translate("ServerStore", "Unknown branch %1.").arg(branchId);
        db.rollback();
        return false;
    }
    qint64 next = counter.value(0).toLongLong();

    // Which of these change ids the server already holds: one query for the batch. The
    // ids were checked to be UUIDs, so the array literal needs no escaping.
    QStringList ids;
    for (const SyncChange &change : changes)
        ids << change.changeId;
    QHash<QString, qint64> known;
    QSqlQuery existing(db);
    existing.prepare(QStringLiteral(
            "SELECT change_id::text, seq FROM change_log WHERE change_id = ANY(?::uuid[])"));
    existing.addBindValue(QLatin1Char('{') + ids.join(QLatin1Char(',')) + QLatin1Char('}'));
    if (!existing.exec())
        return fail(existing);
    while (existing.next())
        known.insert(existing.value(0).toString(), existing.value(1).toLongLong());

    // The new ones go in with one statement, numbered in request order.
    QJsonArray rows;
    for (const SyncChange &change : changes) {
        const auto seen = known.constFind(change.changeId);
        if (seen != known.constEnd()) {
            *accepted << Accepted{change.changeId, Outcome::Duplicate, *seen};
            continue;
        }
        known.insert(change.changeId, next); // a repeat inside the batch is a duplicate too
        rows << QJsonObject{{QStringLiteral("seq"), double(next)},
                            {QStringLiteral("change_id"), change.changeId},
                            {QStringLiteral("table_name"), change.table},
                            {QStringLiteral("row_id"), change.rowId},
                            {QStringLiteral("op"), change.op},
                            {QStringLiteral("fields"), change.fields},
                            {QStringLiteral("base_version"), change.baseVersion},
                            {QStringLiteral("hlc"), change.hlc},
                            {QStringLiteral("origin_node"), change.originNode},
                            {QStringLiteral("schema_version"), change.schemaVersion}};
        *accepted << Accepted{change.changeId, Outcome::Applied, next};
        ++next;
    }
    if (!rows.isEmpty()) {
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral(
                "INSERT INTO change_log(branch_id, seq, change_id, table_name, row_id, op, fields, "
                "base_version, hlc, origin_node, schema_version) "
                "SELECT ?, r.seq, r.change_id::uuid, r.table_name, r.row_id, r.op, r.fields, "
                "r.base_version, r.hlc, r.origin_node, r.schema_version "
                "FROM jsonb_to_recordset(?::jsonb) AS r(seq bigint, change_id text, "
                "table_name text, row_id text, op text, fields jsonb, base_version integer, "
                "hlc text, origin_node text, schema_version integer)"));
        insert.addBindValue(branchId);
        insert.addBindValue(QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact)));
        if (!insert.exec())
            return fail(insert);
    }
    QSqlQuery advance(db);
    advance.prepare(QStringLiteral("UPDATE branch_change_counter SET next_seq = ? WHERE branch_id = ?"));
    advance.addBindValue(next);
    advance.addBindValue(branchId);
    if (!advance.exec())
        return fail(advance);
    if (!db.commit()) {
        m_error = db.lastError().text();
        accepted->clear();
        return false;
    }
    return true;
}

QList<SyncChange> ServerStore::changesAfter(const QString &branchId, qint64 after, int limit) const
{
    QList<SyncChange> changes;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral(
            "SELECT seq, change_id::text, table_name, row_id, op, fields::text, base_version, hlc, "
            "origin_node, schema_version FROM change_log WHERE branch_id = ? AND seq > ? "
            "ORDER BY seq LIMIT ?"));
    query.addBindValue(branchId);
    query.addBindValue(after);
    query.addBindValue(limit);
    if (!query.exec()) {
        m_error = query.lastError().text();
        return changes;
    }
    while (query.next()) {
        SyncChange change;
        change.seq = query.value(0).toLongLong();
        change.changeId = query.value(1).toString();
        change.table = query.value(2).toString();
        change.rowId = query.value(3).toString();
        change.op = query.value(4).toString();
        change.fields = QJsonDocument::fromJson(query.value(5).toByteArray()).object();
        change.baseVersion = query.value(6).toInt();
        change.hlc = query.value(7).toString();
        change.originNode = query.value(8).toString();
        change.schemaVersion = query.value(9).toInt();
        changes << change;
    }
    return changes;
}

} // namespace bd
