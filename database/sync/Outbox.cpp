#include "database/sync/Outbox.h"

#include "database/core/SensitiveColumns.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace bd {

Outbox::Outbox(Store &store)
    : m_store(store)
{
}

Result<QList<SyncChange>> Outbox::waiting(int limit) const
{
    QSqlQuery pending(m_store.database());
    pending.prepare(QStringLiteral(
            "SELECT change_id, table_name, row_id, op, fields_json, base_version, hlc, "
            "schema_version, to_branch, transfer_customer_id FROM sync_outbox "
            "WHERE pushed_at IS NULL AND refused_reason IS NULL ORDER BY seq LIMIT ?"));
    pending.addBindValue(limit);
    if (!pending.exec())
        return Error(pending.lastError().text());
    QList<SyncChange> changes;
    while (pending.next()) {
        SyncChange change;
        change.changeId = pending.value(0).toString();
        change.table = pending.value(1).toString();
        change.rowId = pending.value(2).toString();
        change.op = pending.value(3).toString();
        change.fields = SensitiveColumns::openFields(
                m_store, change.table,
                QJsonDocument::fromJson(pending.value(4).toByteArray()).object());
        change.baseVersion = pending.value(5).toInt();
        change.hlc = pending.value(6).toString();
        change.originNode = m_store.nodeId();
        change.schemaVersion = pending.value(7).toInt();
        change.toBranch = pending.value(8).toString();
        change.customerId = pending.value(9).toString();
        changes << change;
    }
    return changes;
}

Result<> Outbox::record(const QList<Verdict> &verdicts)
{
    // A crash before this commit only means the same changes are sent again and
    // answered "duplicate".
    Transaction transaction(m_store.database());
    QSqlQuery mark(m_store.database());
    mark.prepare(QStringLiteral("UPDATE sync_outbox SET pushed_at = ?, refused_reason = ? "
                                "WHERE change_id = ?"));
    const QVariant none(QMetaType::fromType<QString>());
    for (const Verdict &verdict : verdicts) {
        mark.bindValue(0, verdict.refused ? none : QVariant(SqlTime::now()));
        mark.bindValue(1, verdict.refused ? QVariant(verdict.reason) : none);
        mark.bindValue(2, verdict.changeId);
        if (!mark.exec())
            return Error(mark.lastError().text());
    }
    return transaction.commit();
}

Result<> Outbox::sendAgain()
{
    QSqlQuery resend(m_store.database());
    if (!resend.exec(QStringLiteral("UPDATE sync_outbox SET pushed_at = NULL "
                                    "WHERE refused_reason IS NULL")))
        return Error(resend.lastError().text());
    return {};
}

} // namespace bd
