#include "database/sync/ServerMadeRows.h"

#include "app/domain/HybridLogicalClock.h"
#include "app/domain/ServerMadeRow.h"
#include "database/core/SensitiveColumns.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/sync/WireValue.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace bd {

namespace {
const QString kTable = QStringLiteral("opportunity");
const QString kServerNode = ServerMadeRow::node();
} // namespace

Result<int> ServerMadeRows::sendBack()
{
    QSqlDatabase database = m_store.database();
    QSqlQuery rows(database);
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral("SELECT * FROM opportunity WHERE origin = 'server'")))
        return Error(rows.lastError().text());
    QSqlQuery oldestClock(database);
    oldestClock.prepare(QStringLiteral("SELECT min(hlc) FROM sync_field_clock "
                                       "WHERE table_name = 'opportunity' AND row_id = ?"));
    QSqlQuery queue(database);
    queue.prepare(QStringLiteral(
            "INSERT INTO sync_outbox(change_id, table_name, row_id, op, fields_json, base_version, "
            "hlc, schema_version, created_at) VALUES (?, ?, ?, 'upsert', ?, 0, ?, ?, ?) "
            "ON CONFLICT(change_id) DO NOTHING"));
    int queued = 0;
    while (rows.next()) {
        const QSqlRecord row = rows.record();
        const QString id = row.value(QStringLiteral("id")).toString();
        const QDateTime occurred = QDateTime::fromString(
                row.value(QStringLiteral("occurred_at")).toString(), Qt::ISODateWithMs);
        if (!occurred.isValid())
            continue; // not what a rule made of an event: the server could not tell it is
        // The columns as the server writes them (OpportunityDraft::columns, version 1); the
        // tombstone follows with the delete's own change.
        QVariantMap fields;
        for (int i = 0; i < row.count(); ++i) {
            const QString column = row.fieldName(i);
            if (column == QLatin1String("updated_at") || column == QLatin1String("deleted"))
                continue;
            fields.insert(column, column == QLatin1String("version")
                                          ? QVariant(1)
                                          : SensitiveColumns::openColumn(m_store, kTable, column,
                                                                         row.value(i)));
        }
        const std::optional<QVariantMap> stored
                = SensitiveColumns::sealFieldsForOutbox(m_store, kTable, fields);
        if (!stored)
            return Error(SensitiveColumns::lockedMessage());
        QJsonObject wire;
        for (auto it = stored->constBegin(); it != stored->constEnd(); ++it)
            wire.insert(it.key(), wireValue(database, kTable, it.key(), it.value()));
        // The server's stamp; a row that came without clocks (a snapshot) is given one as of
        // its making, older than any edit of it.
        oldestClock.bindValue(0, id);
        if (!oldestClock.exec())
            return Error(oldestClock.lastError().text());
        QString stamp = oldestClock.next() ? oldestClock.value(0).toString() : QString();
        oldestClock.finish();
        if (stamp.isEmpty()) {
            const QDateTime made = QDateTime::fromString(
                    row.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs);
            stamp = HlcStamp{(made.isValid() ? made : occurred).toMSecsSinceEpoch(), 0, kServerNode}
                            .toString();
        }
        queue.bindValue(0, ServerMadeRow::madeChangeId(id, occurred));
        queue.bindValue(1, kTable);
        queue.bindValue(2, id);
        queue.bindValue(3, QString::fromUtf8(QJsonDocument(wire).toJson(QJsonDocument::Compact)));
        queue.bindValue(4, stamp);
        queue.bindValue(5, Store::latestSchemaVersion());
        queue.bindValue(6, SqlTime::now());
        if (!queue.exec())
            return Error(queue.lastError().text());
        queued += queue.numRowsAffected() > 0 ? 1 : 0;
    }
    return queued;
}

} // namespace bd
