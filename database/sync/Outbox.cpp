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
        change.customerId = CustomerId(pending.value(9).toString());
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
        if (!verdict.refused) {
            if (Result<> moved = resealIdentifiers(verdict.changeId); !moved)
                return moved;
        }
    }
    return transaction.commit();
}

Result<> Outbox::resealIdentifiers(const QString &changeId)
{
    QSqlQuery row(m_store.database());
    row.prepare(QStringLiteral("SELECT table_name, fields_json FROM sync_outbox "
                               "WHERE change_id = ?"));
    row.addBindValue(changeId);
    if (!row.exec())
        return Error(row.lastError().text());
    if (!row.next())
        return {};
    const QString table = row.value(0).toString();
    if (table != QLatin1String("customer") && table != QLatin1String("referral"))
        return {};
    const QJsonObject fields = QJsonDocument::fromJson(row.value(1).toByteArray()).object();
    row.finish();
    const std::optional<QJsonObject> resealed
            = SensitiveColumns::resealPushed(m_store, table, fields);
    if (!resealed || *resealed == fields)
        return {}; // no reveal key pair yet (an old file): resealed at its upgrade
    QSqlQuery update(m_store.database());
    update.prepare(QStringLiteral("UPDATE sync_outbox SET fields_json = ? WHERE change_id = ?"));
    update.addBindValue(QString::fromUtf8(QJsonDocument(*resealed).toJson(QJsonDocument::Compact)));
    update.addBindValue(changeId);
    if (!update.exec())
        return Error(update.lastError().text());
    return {};
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
