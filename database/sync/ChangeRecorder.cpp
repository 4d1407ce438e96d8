#include "database/sync/ChangeRecorder.h"

#include "app/domain/HybridLogicalClock.h"
#include "app/domain/Uuid7.h"
#include "database/core/SensitiveColumns.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/sync/WireValue.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace bd {

namespace {
QJsonObject wireFields(const QSqlDatabase &database, const QString &table,
                       const QVariantMap &fields)
{
    QJsonObject wire;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
        wire.insert(it.key(), wireValue(database, table, it.key(), it.value()));
    return wire;
}
} // namespace

ChangeRecorder::ChangeRecorder(Store &store)
    : m_store(store)
{
}

QSqlQuery &ChangeRecorder::prepared(std::optional<QSqlQuery> &kept, const QString &sql)
{
    if (!kept) {
        kept.emplace(m_store.database());
        kept->prepare(sql); // a failure shows in exec()
    }
    return *kept;
}

Result<> ChangeRecorder::recordUpsert(const QString &table, const QString &rowId,
                                      const QVariantMap &fields, int baseVersion)
{
    return record(table, rowId, QStringLiteral("upsert"), fields, baseVersion);
}

Result<> ChangeRecorder::recordDelete(const QString &table, const QString &rowId, int baseVersion)
{
    return record(table, rowId, QStringLiteral("delete"), {}, baseVersion);
}

Result<> ChangeRecorder::recordTransferCopy(const QString &table, const QString &rowId,
                                            const QVariantMap &fields, const QString &toBranch,
                                            const CustomerId &customerId)
{
    return record(table, rowId, QStringLiteral("upsert"), fields, 0, Route{toBranch, customerId});
}

Result<> ChangeRecorder::record(const QString &table, const QString &rowId, const QString &op,
                                const QVariantMap &fields, int baseVersion, const Route &route)
{
    // The outbox is in the same file: personal data waits there sealed under the data key,
    // identifiers too, so whoever syncs can send them; once pushed, identifiers move to the
    // reveal key (Outbox::record).
    const std::optional<QVariantMap> stored
            = SensitiveColumns::sealFieldsForOutbox(m_store, table, fields);
    if (!stored)
        return Error(SensitiveColumns::lockedMessage());
    QSqlQuery &query = prepared(m_outbox, QStringLiteral(
            "INSERT INTO sync_outbox(change_id, table_name, row_id, op, fields_json, base_version, "
            "hlc, schema_version, created_at, to_branch, transfer_customer_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    // The edit is written over the row's values: its stamp must be later than every clock
    // the row's fields hold, or this file keeps a value every other copy rejects as older
    // (issue 13, fault run open defect 1: a stamp from a clock hours ahead, pulled by
    // another process on this file).
    QSqlQuery &held = prepared(m_heldClock, QStringLiteral("SELECT max(hlc) FROM sync_field_clock "
                                                           "WHERE table_name = ? AND row_id = ?"));
    held.bindValue(0, table);
    held.bindValue(1, rowId);
    if (held.exec() && held.next() && !held.value(0).isNull())
        m_store.observeStamp(HlcStamp::fromString(held.value(0).toString()));
    held.finish();
    const QString stamp = m_store.nextStamp().toString();
    const QVariant noText(QMetaType::fromType<QString>());
    const QVariantList values{
            Uuid7Generator::generate(), table, rowId, op,
            QString::fromUtf8(QJsonDocument(wireFields(m_store.database(), table, *stored))
                                      .toJson(QJsonDocument::Compact)),
            baseVersion, stamp, Store::latestSchemaVersion(), SqlTime::now(),
            route.toBranch.isEmpty() ? noText : QVariant(route.toBranch),
            route.customerId.isEmpty() ? noText : QVariant(route.customerId.toString())};
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec())
        return Error(query.lastError().text());
    if (!route.toBranch.isEmpty())
        return {};
    // Each field remembers the clock of its last write, so a pulled change can tell
    // whether it is newer than what the user typed here. One statement for all the fields:
    // a statement per field was most of the work of recording a new row.
    QSqlQuery &clock = prepared(m_fieldClock, QStringLiteral(
            "INSERT INTO sync_field_clock(table_name, row_id, field, hlc) "
            "SELECT ?, ?, j.value, ? FROM json_each(?) j WHERE true "
            "ON CONFLICT DO UPDATE SET hlc = excluded.hlc"));
    const QStringList fieldNames = op == QLatin1String("delete") ? QStringList{QStringLiteral("deleted")}
                                                                 : fields.keys();
    clock.bindValue(0, table);
    clock.bindValue(1, rowId);
    clock.bindValue(2, stamp);
    clock.bindValue(3, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(fieldNames))
                                                 .toJson(QJsonDocument::Compact)));
    if (!clock.exec())
        return Error(clock.lastError().text());
    return {};
}

int ChangeRecorder::pendingCount(Store &store)
{
    QSqlQuery query(store.database());
    if (query.exec(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE pushed_at IS NULL "
                                  "AND refused_reason IS NULL"))
        && query.next())
        return query.value(0).toInt();
    return 0;
}

} // namespace bd
