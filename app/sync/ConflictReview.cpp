#include "app/sync/ConflictReview.h"

#include "app/common/SyncChange.h"
#include "app/services/core/AuditTrail.h"
#include "app/services/core/Session.h"
#include "database/core/SensitiveColumns.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/sync/ChangeRecorder.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace bd {

ConflictReview::ConflictReview(Store &store, const Session &session)
    : m_store(store)
    , m_session(session)
{
}

QList<ConflictReview::Conflict> ConflictReview::open() const
{
    QList<Conflict> conflicts;
    QSqlQuery query(m_store.database());
    query.exec(QStringLiteral("SELECT id, table_name, row_id, field, coalesce(kept_value, ''), "
                              "coalesce(lost_value, ''), detected_at, coalesce(reason, '') FROM sync_conflict "
                              "WHERE reviewed_at IS NULL ORDER BY detected_at"));
    while (query.next()) {
        const QString table = query.value(1).toString();
        const QString field = query.value(3).toString();
        // An identifier is shown as the stored mask to a role without the reveal key.
        const auto shown = [&](const QVariant &stored) {
            return SensitiveColumns::isIdentifier(table, field)
                    ? SensitiveColumns::view(m_store, table, field, stored)
                    : SensitiveColumns::open(m_store, stored);
        };
        conflicts << Conflict{query.value(0).toString(), table,
                              query.value(2).toString(), field,
                              shown(query.value(4)), shown(query.value(5)),
                              SqlTime::parseTimestamp(query.value(6).toString()),
                              query.value(7).toString()};
    }
    return conflicts;
}

int ConflictReview::openCount() const
{
    QSqlQuery query(m_store.database());
    if (query.exec(QStringLiteral("SELECT count(*) FROM sync_conflict WHERE reviewed_at IS NULL"))
        && query.next())
        return query.value(0).toInt();
    return 0;
}

Result<> ConflictReview::close(const QString &conflictId, const QString &decision)
{
    QSqlQuery mark(m_store.database());
    mark.prepare(QStringLiteral("UPDATE sync_conflict SET reviewed_by = ?, reviewed_at = ? "
                                "WHERE id = ? AND reviewed_at IS NULL"));
    mark.addBindValue(m_session.user.id);
    mark.addBindValue(SqlTime::now());
    mark.addBindValue(conflictId);
    if (!mark.exec() || mark.numRowsAffected() != 1)
        return Error(tr("This conflict was already reviewed."));
    if (!AuditTrail(m_store).record(&m_session, QStringLiteral("sync_conflict_review"),
                                    QStringLiteral("sync_conflict"), conflictId,
                                    { { QStringLiteral("decision"), decision } }))
        return Error(tr("The review could not be written to the audit log."));
    return {};
}

Result<> ConflictReview::keep(const QString &conflictId)
{
    Transaction transaction(m_store.database());
    if (Result<> closed = close(conflictId, QStringLiteral("keep")); !closed)
        return closed;
    return transaction.commit();
}

Result<> ConflictReview::useLost(const QString &conflictId)
{
    Transaction transaction(m_store.database());
    const QList<Conflict> conflicts = open();
    const auto found = std::find_if(conflicts.cbegin(), conflicts.cend(),
                                    [&](const Conflict &c) { return c.id == conflictId; });
    if (found == conflicts.cend())
        return Error(tr("This conflict was already reviewed."));
    if (found->isSetAside())
        return Error(tr("A change that could not be applied here cannot be written back; "
                        "keep the synced record to close it."));
    // Table and field come from our own conflict log, written by the sync engine after
    // it checked both against the schema; check again before they go into SQL.
    QSqlQuery columns(m_store.database());
    columns.prepare(QStringLiteral("SELECT count(*) FROM pragma_table_info(?) WHERE name = ?"));
    columns.addBindValue(found->table);
    columns.addBindValue(found->field);
    if (!SyncChange::isSyncedTable(found->table) || !columns.exec() || !columns.next()
        || columns.value(0).toInt() != 1)
        return Error(tr("The field %1 of %2 no longer exists.").arg(found->field, found->table));
    QSqlQuery version(m_store.database());
    version.prepare(QStringLiteral("SELECT version FROM %1 WHERE id = ?").arg(found->table));
    version.addBindValue(found->rowId);
    const int baseVersion = version.exec() && version.next() ? version.value(0).toInt() : 0;
    if (SensitiveColumns::isIdentifier(found->table, found->field)) {
        // What is listed is the mask for a role without the reveal key: never written back.
        QSqlQuery lost(m_store.database());
        lost.prepare(QStringLiteral("SELECT lost_value FROM sync_conflict WHERE id = ?"));
        lost.addBindValue(conflictId);
        if (!lost.exec() || !lost.next())
            return Error(lost.lastError().text());
        if (const Result<QString> plain = SensitiveColumns::tryOpen(m_store, lost.value(0));
            !plain)
            return plain.error();
    }
    QSqlQuery write(m_store.database());
    write.prepare(QStringLiteral("UPDATE %1 SET %2 = ?, version = version + 1 WHERE id = ?")
                          .arg(found->table, found->field));
    const std::optional<QVariant> stored
            = SensitiveColumns::sealColumn(m_store, found->table, found->field, found->lostValue);
    if (!stored)
        return Error(SensitiveColumns::lockedMessage());
    write.addBindValue(*stored);
    write.addBindValue(found->rowId);
    if (!write.exec())
        return Error(write.lastError().text());
    if (Result<> recorded = ChangeRecorder(m_store).recordUpsert(
                found->table, found->rowId, { { found->field, found->lostValue } }, baseVersion);
        !recorded)
        return recorded;
    if (Result<> closed = close(conflictId, QStringLiteral("use_lost")); !closed)
        return closed;
    return transaction.commit();
}

} // namespace bd
