#include "database/baseline/BranchSnapshot.h"

#include "database/baseline/RosterHashes.h"
#include "database/baseline/SnapshotPersonalData.h"
#include "database/baseline/SqliteExec.h"
#include "database/core/Store.h"
#include "database/sync/SyncState.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <atomic>
#include <cerrno>

#ifdef Q_OS_UNIX
#include <signal.h>
#endif

namespace bd {

namespace {
// Branch ids name files here: only the characters of a UUID (or a plain code) pass.
bool safeName(const QString &branchId)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return allowed.match(branchId).hasMatch();
}

const auto exec = SqliteExec::run;
const auto hasTable = SqliteExec::hasTable;

// Whether a process of that id runs (a leftover's maker may still be writing it).
bool processRuns(qint64 pid)
{
#ifdef Q_OS_UNIX
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
#else
    Q_UNUSED(pid)
    return true; // not known: left alone
#endif
}

qint64 scalar(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    qint64 value = 0;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW)
        value = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    return value;
}


// Removes what belongs to the workstation the file came from, not to the branch, and its
// keys. The journal stays in memory, so no page of the values replaced reaches the disk.
bool strip(sqlite3 *db, const QString &branchId, const SnapshotPersonalData::Opener &opener,
           QString *error)
{
    if (!exec(db, "PRAGMA journal_mode = MEMORY; BEGIN", error))
        return false;
    // The audit log is append-only (its triggers refuse deletes); the snapshot starts
    // without one, so its triggers are set aside for this delete only.
    QList<QPair<QByteArray, QByteArray>> triggers; // name, CREATE statement
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db,
                           "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                           "AND tbl_name = 'audit_log' AND sql IS NOT NULL",
                           -1, &statement, nullptr)
        == SQLITE_OK) {
        while (sqlite3_step(statement) == SQLITE_ROW)
            triggers.append({ QByteArray(reinterpret_cast<const char *>(
                                      sqlite3_column_text(statement, 0))),
                              QByteArray(reinterpret_cast<const char *>(
                                      sqlite3_column_text(statement, 1))) });
    }
    sqlite3_finalize(statement);
    bool ok = true;
    if (hasTable(db, "audit_log")) {
        for (const auto &trigger : std::as_const(triggers))
            ok = ok && exec(db, "DROP TRIGGER \"" + trigger.first + '"', error);
        ok = ok && exec(db, "DELETE FROM audit_log", error);
        // The new workstation's chain starts at 1, as the server expects of a new node.
        if (hasTable(db, "sqlite_sequence"))
            ok = ok && exec(db, "DELETE FROM sqlite_sequence WHERE name = 'audit_log'", error);
        for (const auto &trigger : std::as_const(triggers))
            ok = ok && exec(db, trigger.second, error);
    }
    // Offline verifiers too: hashes of that workstation's users' server passwords.
    for (const char *table :
         { "sync_outbox", "sync_conflict", "sync_field_clock", "offline_verifier" }) {
        if (ok && hasTable(db, table))
            ok = exec(db, QByteArray("DELETE FROM ") + table, error);
    }
    // Its sync state but the branch: the file may hold other branches' rows as reference
    // data, so its branch table alone does not say which branch it is (WorkstationBranch).
    if (ok && hasTable(db, "sync_state")) {
        const Result<> reset = SyncState(db).resetTo(branchId);
        ok = reset.ok();
        if (!ok)
            *error = reset.errorString();
    }
    // SnapshotFold's marker never leaves the server's folding copy (SensitiveColumns::seal).
    ok = ok
            && exec(db,
                    "DELETE FROM app_setting WHERE key IN ('node_id', 'hlc_last', "
                    "'field_sealing_deferred')",
                    error);
    ok = ok && SnapshotPersonalData::makePlain(db, opener, error);
    ok = ok && RosterHashes::blank(db, error);
    if (!ok) {
        QString ignored;
        exec(db, "ROLLBACK", &ignored);
        return false;
    }
    // Rewritten whole: the pages that held sealed values, key slots and search keys go.
    return exec(db, "COMMIT", error) && exec(db, "VACUUM", error);
}
} // namespace

QJsonObject BranchSnapshot::Info::toJson() const
{
    return QJsonObject { { QStringLiteral("baseline_id"), baselineId },
                         { QStringLiteral("as_of"), double(asOf) },
                         { QStringLiteral("size"), double(size) },
                         { QStringLiteral("sha256"), sha256 },
                         { QStringLiteral("schema"), schemaVersion } };
}

std::optional<BranchSnapshot::Info> BranchSnapshot::Info::fromJson(const QJsonObject &object)
{
    Info info;
    info.baselineId = object.value(QStringLiteral("baseline_id")).toString();
    info.asOf = object.value(QStringLiteral("as_of")).toInteger(-1);
    info.size = object.value(QStringLiteral("size")).toInteger(-1);
    info.sha256 = object.value(QStringLiteral("sha256")).toString();
    info.schemaVersion = object.value(QStringLiteral("schema")).toInt();
    if (info.baselineId.isEmpty() || info.asOf < 0 || info.size <= 0 || info.sha256.size() != 64)
        return std::nullopt;
    return info;
}

BranchSnapshot::BranchSnapshot(QString directory)
    : m_directory(std::move(directory))
{
}

QString BranchSnapshot::filePath(const QString &branchId) const
{
    return QDir(m_directory).filePath(branchId + QStringLiteral(".sqlite"));
}

QString BranchSnapshot::scratchPath(const QString &path, const QString &purpose)
{
    static std::atomic<quint64> made { 0 };
    return QStringLiteral("%1.%2.%3-%4")
            .arg(path, purpose)
            .arg(QCoreApplication::applicationPid())
            .arg(++made);
}

QStringList BranchSnapshot::removeLeftovers() const
{
    QStringList removed;
    // scratchPath's names: <file>.<use>.<pid>-<n>
    static const QRegularExpression scratch(QStringLiteral("\\.[a-z]+\\.(\\d+)-\\d+$"));
    const QDir folder(m_directory);
    for (const QString &name : folder.entryList(QDir::Files)) {
        const QRegularExpressionMatch match = scratch.match(name);
        if (!match.hasMatch())
            continue;
        const qint64 pid = match.captured(1).toLongLong();
        if (pid == QCoreApplication::applicationPid() || processRuns(pid))
            continue;
        if (QFile::remove(folder.filePath(name)))
            removed << name;
    }
    return removed;
}

QString BranchSnapshot::infoPath(const QString &branchId) const
{
    return QDir(m_directory).filePath(branchId + QStringLiteral(".json"));
}

std::optional<BranchSnapshot::Info> BranchSnapshot::make(const QString &sourcePath,
                                                         const QString &branchId,
                                                         const QString &baselineId, qint64 asOf)
{
    m_error.clear();
    if (!safeName(branchId) || m_directory.isEmpty() || !QDir().mkpath(m_directory)) {
        m_error = tr("The snapshot folder %1 cannot be used for branch %2.")
                          .arg(m_directory, branchId);
        return std::nullopt;
    }
    const QString part = scratchPath(filePath(branchId), QStringLiteral("part"));

    // VACUUM INTO writes a compact copy in one pass (tables and indexes rebuilt in order,
    // no free pages), much faster than re-inserting the rows.
    QElapsedTimer clock;
    clock.start();
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open_v2(sourcePath.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr)
            == SQLITE_OK;
    sqlite3_stmt *vacuum = nullptr;
    if (ok)
        ok = sqlite3_prepare_v2(db, "VACUUM INTO ?", -1, &vacuum, nullptr) == SQLITE_OK;
    if (ok) {
        const QByteArray target = part.toUtf8();
        sqlite3_bind_text(vacuum, 1, target.constData(), int(target.size()), SQLITE_TRANSIENT);
        ok = sqlite3_step(vacuum) == SQLITE_DONE;
    }
    if (!ok)
        m_error = tr("The snapshot of %1 could not be written: %2")
                          .arg(sourcePath, QString::fromUtf8(sqlite3_errmsg(db)));
    sqlite3_finalize(vacuum);
    sqlite3_close(db);
    db = nullptr;

    copyMs = clock.restart();
    Info info;
    info.baselineId = baselineId;
    info.asOf = asOf;
    if (ok) {
        ok = sqlite3_open_v2(part.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr)
                == SQLITE_OK;
        QString problem;
        if (ok && !strip(db, branchId, m_opener, &problem)) {
            ok = false;
            m_error = tr("The snapshot could not be prepared: %1").arg(problem);
        }
        if (ok)
            info.schemaVersion = int(scalar(db, "SELECT coalesce(max(version), 0) FROM schema_version"));
        sqlite3_close(db);
    }
    stripMs = clock.restart();
    QFile file(part);
    if (ok && file.open(QIODevice::ReadOnly)) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        ok = hash.addData(&file);
        info.sha256 = QString::fromLatin1(hash.result().toHex());
        info.size = file.size();
        file.close();
    }
    hashMs = clock.elapsed();
    // One maker at a time replaces the file and its facts (another thread or process making
    // the same branch's snapshot): else one's facts could describe the other's file.
    const std::unique_ptr<QLockFile> publishing
            = lock(filePath(branchId), QStringLiteral("publish"));
    ok = ok && publishing;
    // The facts go last: until they are written, the branch has no snapshot to serve (nor
    // after a failure: the old file may hold what this one was made to leave out).
    QFile::remove(infoPath(branchId));
    QFile::remove(filePath(branchId));
    if (ok && !QFile::rename(part, filePath(branchId)))
        ok = false;
    if (ok) {
        QSaveFile facts(infoPath(branchId));
        ok = facts.open(QIODevice::WriteOnly)
                && facts.write(QJsonDocument(info.toJson()).toJson(QJsonDocument::Compact)) > 0
                && facts.commit();
    }
    if (!ok) {
        if (m_error.isEmpty())
            m_error = tr("The snapshot could not be written to %1.").arg(m_directory);
        QFile::remove(part);
        return std::nullopt;
    }
    return info;
}

Result<> BranchSnapshot::adopt(const QString &path, qint64 asOf, const QString &epoch,
                               const QString &baselineId,
                               const std::function<Result<>(Store &)> &derive)
{
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr)
            == SQLITE_OK;
    ok = ok && scalar(db, "PRAGMA application_id") == Store::kApplicationId;
    QString ignored;
    ok = ok && exec(db, "DELETE FROM app_setting WHERE key IN ('node_id', 'hlc_last')", &ignored);
    sqlite3_close(db);
    if (!ok)
        return Error(tr("The branch download is not a BranchDesk database."));

    Store store;
    if (Result<> opened = store.open(path); !opened)
        return opened.error();
    {
        QSqlQuery verifiers(store.database());
        if (!verifiers.exec(QStringLiteral("DELETE FROM offline_verifier")))
            return Error(verifiers.lastError().text());
    }
    if (Result<> started = SyncState(store).startFromSnapshot(asOf, epoch, baselineId); !started)
        return started;
    if (derive) {
        if (Result<> derived = derive(store); !derived)
            return derived;
    }
    store.close();
    if (QFileInfo::exists(path + QStringLiteral("-wal")))
        return Error(tr("The branch download could not be closed cleanly."));
    return {};
}

QStringList BranchSnapshot::withdrawKeyed()
{
    QStringList withdrawn;
    const QStringList facts = QDir(m_directory).entryList({ QStringLiteral("*.json") }, QDir::Files);
    for (const QString &name : facts) {
        const QString branchId = name.chopped(5);
        if (!current(branchId))
            continue;
        sqlite3 *db = nullptr;
        bool keyed = false;
        if (sqlite3_open_v2(filePath(branchId).toUtf8().constData(), &db, SQLITE_OPEN_READONLY,
                            nullptr)
            == SQLITE_OK)
            keyed = hasTable(db, "key_slot") && scalar(db, "SELECT count(*) FROM key_slot") > 0;
        sqlite3_close(db);
        if (keyed && QFile::remove(infoPath(branchId))) {
            QFile::remove(filePath(branchId));
            withdrawn << branchId;
        }
    }
    return withdrawn;
}

std::optional<BranchSnapshot::Info> BranchSnapshot::current(const QString &branchId) const
{
    if (!safeName(branchId) || m_directory.isEmpty())
        return std::nullopt;
    QFile facts(infoPath(branchId));
    if (!facts.open(QIODevice::ReadOnly))
        return std::nullopt;
    const auto info = Info::fromJson(QJsonDocument::fromJson(facts.readAll()).object());
    if (!info || QFileInfo(filePath(branchId)).size() != info->size)
        return std::nullopt;
    return info;
}

std::unique_ptr<QLockFile> BranchSnapshot::lock(const QString &path, const QString &use)
{
    auto held = std::make_unique<QLockFile>(QStringLiteral("%1.%2.lock").arg(path, use));
    // Only a dead holder makes a lock stale, never its age: a large snapshot takes minutes.
    held->setStaleLockTime(0);
    if (!held->lock())
        return nullptr;
    return held;
}

QByteArray BranchSnapshot::read(const QString &branchId, qint64 offset, qint64 length) const
{
    if (!safeName(branchId))
        return {};
    QFile file(filePath(branchId));
    if (!file.open(QIODevice::ReadOnly) || !file.seek(offset))
        return {};
    return file.read(length);
}

} // namespace bd
