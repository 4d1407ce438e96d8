#include "database/sync/SyncState.h"

#include "database/core/SqlTime.h"
#include "database/core/Store.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <sqlite3.h>

namespace bd {

namespace {
const char kCursor[] = "cursor";
const char kEpoch[] = "epoch";
const char kBaselineId[] = "baseline_id";
const char kBaselinePage[] = "baseline_page";
const char kBaselineDone[] = "baseline_done";
const char kBaselineIndexes[] = "baseline_indexes";
const char kAuditPushed[] = "audit_pushed_seq";
const char kLastSync[] = "last_sync_at";
const char kBranch[] = "branch_id";
const char kBranchList[] = "branch_list_version";

// One statement with text parameters, run to its end.
Result<> run(sqlite3 *db, const char *sql, std::initializer_list<QByteArray> parameters)
{
    if (!db)
        return Error(QStringLiteral("no database is open"));
    sqlite3_stmt *statement = nullptr;
    int status = sqlite3_prepare_v2(db, sql, -1, &statement, nullptr);
    int at = 0;
    for (const QByteArray &parameter : parameters) {
        if (status == SQLITE_OK)
            status = sqlite3_bind_text(statement, ++at, parameter.constData(),
                                       int(parameter.size()), SQLITE_TRANSIENT);
    }
    if (status == SQLITE_OK)
        status = sqlite3_step(statement);
    sqlite3_finalize(statement);
    if (status == SQLITE_DONE)
        return {};
    return Error(QString::fromUtf8(sqlite3_errmsg(db)));
}
} // namespace

SyncState::SyncState(Store &store)
    : m_db(Store::nativeHandle(store.database()))
{
}

SyncState::SyncState(sqlite3 *file)
    : m_db(file)
{
}

QString SyncState::value(const char *key) const
{
    sqlite3_stmt *statement = nullptr;
    QString found;
    if (m_db
        && sqlite3_prepare_v2(m_db, "SELECT value FROM sync_state WHERE key = ?", -1, &statement,
                              nullptr)
                == SQLITE_OK
        && sqlite3_bind_text(statement, 1, key, -1, SQLITE_STATIC) == SQLITE_OK
        && sqlite3_step(statement) == SQLITE_ROW)
        found = QString::fromUtf8(
                reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    sqlite3_finalize(statement);
    return found;
}

Result<> SyncState::set(const char *key, const QString &value)
{
    return run(m_db,
               "INSERT INTO sync_state(key, value) VALUES (?, ?) "
               "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
               { QByteArray(key), value.toUtf8() });
}

Result<> SyncState::remove(const char *key)
{
    return run(m_db, "DELETE FROM sync_state WHERE key = ?", { QByteArray(key) });
}

qint64 SyncState::cursor() const
{
    return value(kCursor).toLongLong();
}

QString SyncState::epoch() const
{
    return value(kEpoch);
}

Result<> SyncState::advance(qint64 cursor, const QString &epoch)
{
    if (Result<> done = set(kCursor, QString::number(cursor)); !done)
        return done;
    return set(kEpoch, epoch);
}

Result<> SyncState::startOver(const QString &epoch)
{
    if (Result<> done = advance(0, epoch); !done)
        return done;
    return remove(kBaselineDone);
}

QString SyncState::branchListVersion() const
{
    return value(kBranchList);
}

Result<> SyncState::setBranchListVersion(const QString &version)
{
    return set(kBranchList, version);
}

QString SyncState::baselineId() const
{
    return value(kBaselineId);
}

int SyncState::baselinePage() const
{
    return value(kBaselinePage).toInt();
}

bool SyncState::isBaselineLoaded(const QString &baselineId) const
{
    return value(kBaselineDone) == baselineId;
}

bool SyncState::isAnyBaselineLoaded() const
{
    return !value(kBaselineDone).isEmpty();
}

Result<> SyncState::beginBaseline(const QString &baselineId)
{
    if (Result<> done = set(kBaselineId, baselineId); !done)
        return done;
    return pageApplied(0);
}

Result<> SyncState::pageApplied(int page)
{
    return set(kBaselinePage, QString::number(page));
}

Result<> SyncState::finishBaseline(const QString &baselineId, qint64 asOf)
{
    if (cursor() == 0) {
        if (Result<> done = set(kCursor, QString::number(asOf)); !done)
            return done;
    }
    return set(kBaselineDone, baselineId);
}

std::optional<QStringList> SyncState::indexesSetAside() const
{
    const QString noted = value(kBaselineIndexes);
    if (noted.isEmpty())
        return std::nullopt;
    QStringList statements;
    for (const QJsonValue &statement : QJsonDocument::fromJson(noted.toUtf8()).array())
        statements << statement.toString();
    return statements;
}

Result<> SyncState::setIndexesAside(const QStringList &statements)
{
    return set(kBaselineIndexes,
               QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(statements))
                                         .toJson(QJsonDocument::Compact)));
}

Result<> SyncState::indexesRestored()
{
    return remove(kBaselineIndexes);
}

qint64 SyncState::auditAcknowledged() const
{
    return value(kAuditPushed).toLongLong();
}

Result<> SyncState::acknowledgeAudit(qint64 seq)
{
    return set(kAuditPushed, QString::number(seq));
}

QDateTime SyncState::lastRoundAt() const
{
    const QString at = value(kLastSync);
    return at.isEmpty() ? QDateTime() : SqlTime::parseTimestamp(at);
}

Result<> SyncState::roundSucceeded()
{
    return set(kLastSync, SqlTime::now());
}

QString SyncState::branchId() const
{
    return value(kBranch);
}

Result<> SyncState::rememberBranch(const QString &branchId)
{
    return run(m_db, "INSERT INTO sync_state(key, value) VALUES (?, ?) ON CONFLICT(key) DO NOTHING",
               { QByteArray(kBranch), branchId.toUtf8() });
}

Result<> SyncState::startFromSnapshot(qint64 asOf, const QString &epoch, const QString &baselineId)
{
    for (const auto &[key, value] :
         { std::pair { kCursor, QString::number(asOf) }, std::pair { kEpoch, epoch },
           std::pair { kBaselineId, baselineId }, std::pair { kBaselineDone, baselineId } }) {
        if (Result<> done = set(key, value); !done)
            return done;
    }
    return {};
}

Result<> SyncState::resetTo(const QString &branchId)
{
    if (Result<> done = run(m_db, "DELETE FROM sync_state", {}); !done)
        return done;
    return set(kBranch, branchId);
}

} // namespace bd
