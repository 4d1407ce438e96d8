#include "app/server/ServerStore.h"

#include "app/common/AuditChain.h"
#include "app/common/PasswordHasher.h"
#include "app/common/SyncLogging.h"
#include "app/server/ServerSqlDialect.h"

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

QStringList migrationFiles(const ServerSqlDialect &dialect)
{
    QStringList files;
    const QDir dir(dialect.migrationDir());
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

std::unique_ptr<ServerSqlDialect> ServerSqlDialect::create(ServerStore::Settings::Driver driver)
{
    if (driver == ServerStore::Settings::Driver::Sqlite)
        return std::make_unique<ServerSqliteDialect>();
    return std::make_unique<ServerPostgresDialect>();
}

int ServerStore::latestSchemaVersion(Settings::Driver driver)
{
    const QStringList files = migrationFiles(*ServerSqlDialect::create(driver));
    return files.isEmpty() ? 0 : versionOf(files.last());
}

bool ServerStore::open(const Settings &settings)
{
    m_dialect = ServerSqlDialect::create(settings.driver);
    return m_dialect->open(m_connectionName, settings, &m_error) && migrate();
}

bool ServerStore::isOpen() const
{
    return QSqlDatabase::database(m_connectionName, false).isOpen();
}

bool ServerStore::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    for (const QString &path : migrationFiles(*m_dialect)) {
        const int version = versionOf(path);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            m_error = QStringLiteral("cannot read %1").arg(path);
            return false;
        }
        const QString script = QString::fromUtf8(file.readAll());
        if (!m_dialect->beginWrite(db, &m_error, true))
            return false;
        QSqlQuery query(db);
        query.exec(m_dialect->createVersionTableSql());
        query.prepare(QStringLiteral("SELECT 1 FROM schema_version WHERE version = ?"));
        query.addBindValue(version);
        if (query.exec() && query.next()) {
            db.commit();
            continue;
        }
        QString problem;
        QSqlQuery record(db);
        record.prepare(QStringLiteral(
                "INSERT INTO schema_version(version, description) VALUES (?, ?)"));
        record.addBindValue(version);
        record.addBindValue(QFileInfo(path).completeBaseName().section(QLatin1Char('_'), 1));
        if (!m_dialect->runScript(db, script, &problem) || !record.exec() || !db.commit()) {
            m_error = QCoreApplication::translate("ServerStore",
                                                  "Upgrading the server database to version %1 "
                                                  "failed: %2")
                              .arg(version)
                              .arg(!problem.isEmpty() ? problem : record.lastError().text());
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

bool ServerStore::ensureBranch(const QString &id, const QString &code, const QString &name,
                               bool rename)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!m_dialect->beginWrite(db, &m_error))
        return false;
    QSqlQuery branch(db);
    branch.prepare(rename ? QStringLiteral("INSERT INTO branch(id, code, name) VALUES (?, ?, ?) "
                                           "ON CONFLICT (id) DO UPDATE SET code = excluded.code, "
                                           "name = excluded.name")
                          : QStringLiteral("INSERT INTO branch(id, code, name) VALUES (?, ?, ?) "
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

std::optional<QList<ServerStore::Branch>> ServerStore::branches() const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, code, name FROM branch ORDER BY code"))) {
        m_error = query.lastError().text();
        return std::nullopt;
    }
    QList<Branch> found;
    while (query.next())
        found << Branch { query.value(0).toString(), query.value(1).toString(),
                          query.value(2).toString() };
    return found;
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
            "WHERE t.token_hash = ? AND t.expires_at > %1 AND a.active").arg(m_dialect->nowSql()));
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
    if (!m_dialect->beginWrite(db, &m_error))
        return false;
    auto fail = [&](const QSqlQuery &query) {
        m_error = query.lastError().text();
        db.rollback();
        accepted->clear();
        return false;
    };
    // Taking the branch's counter row locks it until this transaction ends, so the
    // branch's numbers are committed in the order they are handed out.
    QSqlQuery counter(db);
    counter.prepare(m_dialect->counterForUpdateSql());
    counter.addBindValue(branchId);
    if (!counter.exec())
        return fail(counter);
    if (!counter.next()) {
        m_error = QCoreApplication::translate("ServerStore", "Unknown branch %1.").arg(branchId);
        db.rollback();
        return false;
    }
    qint64 next = counter.value(0).toLongLong();

    // Which of these change ids the server already holds: one query for the batch.
    QStringList ids;
    for (const SyncChange &change : changes)
        ids << change.changeId;
    QHash<QString, qint64> known;
    QSqlQuery existing(db);
    existing.prepare(m_dialect->knownChangeIdsSql());
    existing.addBindValue(m_dialect->idList(ids));
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
        insert.prepare(m_dialect->insertChangesSql());
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
    query.prepare(m_dialect->changesAfterSql());
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

namespace bd {

std::optional<ServerStore::Baseline> ServerStore::baseline(const QString &branchId) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT baseline_id, as_of_seq, pages, row_count "
                                 "FROM branch_baseline WHERE branch_id = ?"));
    query.addBindValue(branchId);
    if (!query.exec() || !query.next())
        return std::nullopt;
    return Baseline { query.value(0).toString(), query.value(1).toLongLong(),
                      query.value(2).toInt(), query.value(3).toLongLong() };
}

QByteArray ServerStore::baselinePage(const QString &branchId, const QString &baselineId,
                                     int page) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT p.body FROM baseline_page p JOIN branch_baseline b ON "
                                 "b.branch_id = p.branch_id "
                                 "WHERE p.branch_id = ? AND b.baseline_id = ? AND p.page_no = ?"));
    query.addBindValue(branchId);
    query.addBindValue(baselineId);
    query.addBindValue(page);
    if (!query.exec() || !query.next())
        return {};
    return query.value(0).toByteArray();
}

bool ServerStore::beginBaseline(const QString &branchId)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!m_dialect->beginWrite(db, &m_error))
        return false;
    // Holding the branch's counter row keeps pushes out until the import commits, so the
    // baseline's as_of_seq is exactly the log it was taken against.
    QSqlQuery counter(db);
    counter.prepare(m_dialect->counterForUpdateSql());
    counter.addBindValue(branchId);
    QSqlQuery clear(db);
    clear.prepare(QStringLiteral("DELETE FROM baseline_page WHERE branch_id = ?"));
    clear.addBindValue(branchId);
    if (!counter.exec() || !counter.next() || !clear.exec()) {
        m_error = counter.lastError().isValid()
                ? counter.lastError().text()
                : QCoreApplication::translate("ServerStore", "Unknown branch %1.").arg(branchId);
        db.rollback();
        return false;
    }
    return true;
}

bool ServerStore::addBaselinePage(const QString &branchId, int page, const QString &table, int rows,
                                  const QByteArray &body)
{
    QSqlQuery insert(QSqlDatabase::database(m_connectionName, false));
    insert.prepare(QStringLiteral("INSERT INTO baseline_page(branch_id, page_no, table_name, "
                                  "row_count, body) VALUES (?, ?, ?, ?, ?)"));
    insert.addBindValue(branchId);
    insert.addBindValue(page);
    insert.addBindValue(table);
    insert.addBindValue(rows);
    insert.addBindValue(body);
    if (!insert.exec()) {
        m_error = insert.lastError().text();
        return false;
    }
    return true;
}

std::optional<ServerStore::Baseline> ServerStore::commitBaseline(const QString &branchId, int pages,
                                                                 qint64 rows)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    quint32 random[4];
    QRandomGenerator::system()->fillRange(random);
    Baseline baseline;
    baseline.id = QString::fromLatin1(
            QByteArray(reinterpret_cast<const char *>(random), sizeof(random)).toHex());
    baseline.pages = pages;
    baseline.rows = rows;
    QSqlQuery counter(db);
    counter.prepare(
            QStringLiteral("SELECT next_seq - 1 FROM branch_change_counter WHERE branch_id = ?"));
    counter.addBindValue(branchId);
    QSqlQuery record(db);
    record.prepare(QStringLiteral(
            "INSERT INTO branch_baseline(branch_id, baseline_id, as_of_seq, pages, row_count) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (branch_id) DO UPDATE SET "
            "baseline_id = excluded.baseline_id, as_of_seq = excluded.as_of_seq, "
            "pages = excluded.pages, row_count = excluded.row_count, "
            "imported_at = excluded.imported_at")); // the column's default: now
    if (!counter.exec() || !counter.next()) {
        m_error = counter.lastError().text();
        db.rollback();
        return std::nullopt;
    }
    baseline.asOf = counter.value(0).toLongLong();
    record.addBindValue(branchId);
    record.addBindValue(baseline.id);
    record.addBindValue(baseline.asOf);
    record.addBindValue(pages);
    record.addBindValue(rows);
    if (!record.exec() || !db.commit()) {
        m_error = record.lastError().isValid() ? record.lastError().text() : db.lastError().text();
        db.rollback();
        return std::nullopt;
    }
    return baseline;
}

void ServerStore::abortBaseline()
{
    QSqlDatabase::database(m_connectionName, false).rollback();
}

} // namespace bd

namespace bd {

bool ServerStore::appendAudit(const QString &branchId, const QString &originNode,
                              const QList<AuditEntry> &entries, QList<AuditResult> *results)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    results->clear();
    if (!m_dialect->beginWrite(db, &m_error))
        return false;
    auto fail = [&](const QSqlQuery &query) {
        m_error = query.lastError().text();
        db.rollback();
        results->clear();
        return false;
    };
    // One node's chain grows in one transaction at a time.
    QString locked;
    if (!m_dialect->lockAuditChain(db, originNode, &locked)) {
        m_error = locked;
        db.rollback();
        return false;
    }
    QSqlQuery last(db);
    last.prepare(QStringLiteral("SELECT seq, hash FROM audit_entry WHERE origin_node = ? "
                                "ORDER BY seq DESC LIMIT 1"));
    last.addBindValue(originNode);
    if (!last.exec())
        return fail(last);
    qint64 lastSeq = 0;
    QString lastHash(64, QLatin1Char('0'));
    if (last.next()) {
        lastSeq = last.value(0).toLongLong();
        lastHash = last.value(1).toString();
    }
    QSqlQuery held(db);
    held.prepare(QStringLiteral("SELECT hash FROM audit_entry WHERE origin_node = ? AND seq = ?"));
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral(
            "INSERT INTO audit_entry(branch_id, origin_node, seq, id, occurred_at, actor_id, "
            "actor_name, action, entity, entity_id, detail_json, prev_hash, hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    // The hash is recomputed with the workstation's own function, so an entry whose fields
    // were edited after it was written is refused even if it still links to the chain.
    auto edited = [](const AuditEntry &entry) {
        return AuditResult { entry.seq, AuditOutcome::Refused,
                             QCoreApplication::translate("ServerStore",
                                                         "audit entry %1 (%2 by %3) does not "
                                                         "match its hash: it was changed after "
                                                         "it was written")
                                     .arg(entry.seq)
                                     .arg(entry.action, entry.actorName) };
    };
    for (const AuditEntry &entry : entries) {
        const bool hashMatches = AuditChain::entryHash(entry) == entry.hash;
        if (entry.seq <= lastSeq) {
            held.bindValue(0, originNode);
            held.bindValue(1, entry.seq);
            if (!held.exec())
                return fail(held);
            const bool same = held.next() && held.value(0).toString() == entry.hash;
            if (same && !hashMatches) {
                *results << edited(entry);
                continue;
            }
            *results << AuditResult {
                entry.seq, same ? AuditOutcome::Duplicate : AuditOutcome::Refused,
                same ? QString()
                     : QCoreApplication::translate("ServerStore",
                                                   "audit entry %1 differs from the one the "
                                                   "server holds: entries cannot be changed")
                                .arg(entry.seq)
            };
            continue;
        }
        if (entry.seq != lastSeq + 1 || entry.prevHash != lastHash) {
            *results << AuditResult { entry.seq, AuditOutcome::Refused,
                                      QCoreApplication::translate(
                                              "ServerStore",
                                              "audit entry %1 does not link to entry %2")
                                              .arg(entry.seq)
                                              .arg(lastSeq) };
            continue;
        }
        // Not stored, so every later entry of this chain fails to link and is refused too.
        if (!hashMatches) {
            *results << edited(entry);
            continue;
        }
        const QVariantList values { branchId,
                                    originNode,
                                    entry.seq,
                                    entry.id,
                                    entry.occurredAt,
                                    entry.actorId.isEmpty()
                                            ? QVariant(QMetaType::fromType<QString>())
                                            : QVariant(entry.actorId),
                                    entry.actorName,
                                    entry.action,
                                    entry.entity,
                                    entry.entityId,
                                    entry.detailJson,
                                    entry.prevHash,
                                    entry.hash };
        for (int i = 0; i < values.size(); ++i)
            insert.bindValue(i, values.at(i));
        if (!insert.exec())
            return fail(insert);
        lastSeq = entry.seq;
        lastHash = entry.hash;
        *results << AuditResult { entry.seq, AuditOutcome::Applied, {} };
    }
    if (!db.commit()) {
        m_error = db.lastError().text();
        results->clear();
        return false;
    }
    return true;
}

} // namespace bd
