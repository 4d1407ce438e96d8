#include "app/server/ChangeLog.h"

#include "app/server/ServerDatabase.h"
#include "app/server/ServerMetrics.h"
#include "app/server/ServerSqlDialect.h"
#include "app/server/ServerStatement.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace bd {

namespace {
// The change as a row of the batch insert (ServerSqlDialect::insertChangesSql).
QJsonObject logRow(const SyncChange &change, qint64 seq)
{
    return QJsonObject { { QStringLiteral("seq"), double(seq) },
                         { QStringLiteral("change_id"), change.changeId },
                         { QStringLiteral("table_name"), change.table },
                         { QStringLiteral("row_id"), change.rowId },
                         { QStringLiteral("op"), change.op },
                         { QStringLiteral("fields"), change.fields },
                         { QStringLiteral("base_version"), change.baseVersion },
                         { QStringLiteral("hlc"), change.hlc },
                         { QStringLiteral("origin_node"), change.originNode },
                         { QStringLiteral("schema_version"), change.schemaVersion } };
}
} // namespace

Result<QList<ChangeLog::Accepted>> ChangeLog::append(const BranchId &branch,
                                                     const QList<SyncChange> &changes)
{
    Result<ServerTransaction> transaction = ServerTransaction::begin(m_database);
    if (!transaction)
        return transaction.error();
    const QSqlDatabase db = m_database.connection();
    const ServerSqlDialect &dialect = m_database.dialect();
    // Taking the branch's counter row locks it until this transaction ends, so the
    // branch's numbers are committed in the order they are handed out.
    ServerStatement counter(db, dialect.counterForUpdateSql());
    if (Result<> read = counter.run({ branch.toString() }); !read)
        return read.error();
    if (!counter.next())
        return Error(QCoreApplication::translate("ServerStore", "Unknown branch %1.")
                             .arg(branch.toString()));
    qint64 next = counter.value(0).toLongLong();

    // Which of these change ids the server already holds: one query for the batch.
    QStringList ids;
    for (const SyncChange &change : changes)
        ids << change.changeId;
    Result<QHash<QString, qint64>> stored = held(ids);
    if (!stored)
        return stored.error();
    QHash<QString, qint64> known = *stored;

    // The new ones go in with one statement, numbered in request order.
    QList<Accepted> accepted;
    QJsonArray rows;
    for (const SyncChange &change : changes) {
        const auto seen = known.constFind(change.changeId);
        if (seen != known.constEnd()) {
            accepted << Accepted { change.changeId, Outcome::Duplicate, *seen };
            continue;
        }
        known.insert(change.changeId, next); // a repeat inside the batch is a duplicate too
        rows << logRow(change, next);
        accepted << Accepted { change.changeId, Outcome::Applied, next };
        ++next;
    }
    if (!rows.isEmpty()) {
        const Result<> inserted = ServerStatement::exec(
                db, dialect.insertChangesSql(),
                { branch.toString(),
                  QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact)) });
        if (!inserted)
            return inserted.error();
    }
    const Result<> advanced = ServerStatement::exec(
            db, QStringLiteral("UPDATE branch_change_counter SET next_seq = ? WHERE branch_id = ?"),
            { next, branch.toString() });
    if (!advanced)
        return advanced.error();
    if (Result<> committed = transaction->commit(); !committed)
        return committed.error();
    ServerMetrics::changesStored(int(rows.size()), int(accepted.size() - rows.size()));
    if (!rows.isEmpty())
        m_database.noteLogAdvanced();
    return accepted;
}

Result<QHash<QString, qint64>> ChangeLog::held(const QStringList &changeIds) const
{
    const ServerSqlDialect &dialect = m_database.dialect();
    ServerStatement existing(m_database.connection(), dialect.knownChangeIdsSql());
    if (Result<> read = existing.run({ dialect.idList(changeIds) }); !read)
        return read.error();
    QHash<QString, qint64> known;
    while (existing.next())
        known.insert(existing.value(0).toString(), existing.value(1).toLongLong());
    return known;
}

Result<qint64> ChangeLog::head(const BranchId &branch) const
{
    ServerStatement query(m_database.connection(),
                          QStringLiteral("SELECT next_seq - 1 FROM branch_change_counter "
                                         "WHERE branch_id = ?"));
    if (Result<> read = query.run({ branch.toString() }); !read)
        return read.error();
    return query.next() ? query.value(0).toLongLong() : 0;
}

Result<QList<SyncChange>> ChangeLog::after(const BranchId &branch, qint64 after, int limit) const
{
    const ServerSqlDialect &dialect = m_database.dialect();
    ServerStatement query(
            m_database.connection(),
            QStringLiteral("SELECT seq, %1, table_name, row_id, op, %2, base_version, "
                           "hlc, origin_node, schema_version FROM change_log "
                           "WHERE branch_id = ? AND seq > ? ORDER BY seq LIMIT ?")
                    .arg(dialect.asText(QStringLiteral("change_id")),
                         dialect.asText(QStringLiteral("fields"))));
    if (Result<> read = query.run({ branch.toString(), after, limit }); !read)
        return read.error();
    QList<SyncChange> changes;
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
    ServerMetrics::changesPulled(int(changes.size()));
    return changes;
}

} // namespace bd
