#include "database/sync/HeldChanges.h"

#include "database/core/SensitiveColumns.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/sync/MovedCustomers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace bd {

HeldChanges::HeldChanges(Store &store)
    : m_store(store)
{
}

bool HeldChanges::waitsForARow(const QString &reason)
{
    return reason.contains(QLatin1String("FOREIGN KEY constraint failed"), Qt::CaseInsensitive)
            || reason.contains(QLatin1String("NOT NULL constraint failed"), Qt::CaseInsensitive);
}

bool HeldChanges::namesAnyOf(const SyncChange &change, const QSet<QString> &rows)
{
    if (rows.isEmpty())
        return false;
    // A row keyed by its natural key (referral_id/item) waits for the parts' rows.
    for (const QString &part : change.rowId.split(QLatin1Char('/'))) {
        if (rows.contains(part))
            return true;
    }
    if (rows.contains(change.rowId))
        return true;
    for (auto it = change.fields.constBegin(); it != change.fields.constEnd(); ++it) {
        if (it.value().isString() && rows.contains(it.value().toString()))
            return true;
    }
    return false;
}

Result<> HeldChanges::hold(const SyncChange &change, const QString &reason)
{
    // A late change of a customer who moved away (or held before the drop) never finds
    // its row here: it belongs to the new branch. A row that stays with the branch (a
    // referral) is kept without its link to them, as on the copies that had the customer
    // when it came (issue 13, fault run item 11): it may apply at once.
    MovedCustomers moved(m_store);
    SyncChange stored = change;
    if (moved.followedThemAway(change)) {
        const std::optional<SyncChange> staying = moved.staysWithoutThem(change);
        if (!staying) {
            if (Result<> remembered = moved.rememberWithThem(change); !remembered)
                return remembered;
            return release(change.changeId);
        }
        stored = *staying;
        m_unlinked = true;
    }
    // Personal data waits sealed under the data key, as in the outbox.
    const std::optional<QVariantMap> sealed = SensitiveColumns::sealFieldsForOutbox(
            m_store, stored.table, stored.fields.toVariantMap());
    if (!sealed)
        return Error(SensitiveColumns::lockedMessage());
    stored.fields = QJsonObject::fromVariantMap(*sealed);
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("INSERT INTO sync_held_change(change_id, table_name, row_id, "
                                 "change_json, hlc, reason, held_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                                 "ON CONFLICT DO UPDATE SET reason = excluded.reason, "
                                 "change_json = excluded.change_json"));
    query.addBindValue(change.changeId);
    query.addBindValue(change.table);
    query.addBindValue(change.rowId);
    query.addBindValue(QString::fromUtf8(
            QJsonDocument(stored.toJson()).toJson(QJsonDocument::Compact)));
    query.addBindValue(change.hlc);
    query.addBindValue(reason);
    query.addBindValue(SqlTime::now());
    if (!query.exec())
        return Error(query.lastError().text());
    return {};
}

Result<> HeldChanges::release(const QString &changeId)
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("DELETE FROM sync_held_change WHERE change_id = ?"));
    query.addBindValue(changeId);
    if (!query.exec())
        return Error(query.lastError().text());
    return {};
}

Result<> HeldChanges::forgetAll()
{
    QSqlQuery query(m_store.database());
    if (!query.exec(QStringLiteral("DELETE FROM sync_held_change")))
        return Error(query.lastError().text());
    return {};
}

Result<> HeldChanges::forgetCustomer(const CustomerId &customerId,
                                     const QHash<QString, QJsonObject> &erasedValues)
{
    // A customer id is a UUID: found in a change's JSON it names that customer.
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT change_id, table_name, change_json FROM "
                                 "sync_held_change WHERE row_id = ? OR instr(change_json, ?) > 0"));
    query.addBindValue(customerId.toString());
    query.addBindValue(customerId.toString());
    if (!query.exec())
        return Error(query.lastError().text());
    QStringList gone;
    QHash<QString, QString> blanked; // change id -> its JSON with the personal data erased
    while (query.next()) {
        const QString table = query.value(1).toString();
        const auto erased = erasedValues.constFind(table);
        if (table == QLatin1String("customer") || erased == erasedValues.constEnd()) {
            gone << query.value(0).toString();
            continue;
        }
        QJsonObject change = QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object();
        QJsonObject fields = change.value(QStringLiteral("fields")).toObject();
        for (auto it = erased->constBegin(); it != erased->constEnd(); ++it) {
            if (fields.contains(it.key()))
                fields.insert(it.key(), it.value());
        }
        change.insert(QStringLiteral("fields"), fields);
        blanked.insert(query.value(0).toString(),
                       QString::fromUtf8(QJsonDocument(change).toJson(QJsonDocument::Compact)));
    }
    query.finish();
    QSqlQuery drop(m_store.database());
    drop.prepare(QStringLiteral("DELETE FROM sync_held_change WHERE change_id = ?"));
    for (const QString &changeId : std::as_const(gone)) {
        drop.addBindValue(changeId);
        if (!drop.exec())
            return Error(drop.lastError().text());
    }
    QSqlQuery rewrite(m_store.database());
    rewrite.prepare(QStringLiteral("UPDATE sync_held_change SET change_json = ? WHERE change_id = ?"));
    for (auto it = blanked.constBegin(); it != blanked.constEnd(); ++it) {
        rewrite.addBindValue(it.value());
        rewrite.addBindValue(it.key());
        if (!rewrite.exec())
            return Error(rewrite.lastError().text());
    }
    return {};
}

Result<QList<SyncChange>> HeldChanges::waiting(const QStringList &tables) const
{
    QSqlQuery query(m_store.database());
    // Table names are the caller's synced tables, never input: one JSON array to bind.
    query.prepare(QStringLiteral("SELECT change_json FROM sync_held_change WHERE ? IS NULL OR "
                                 "table_name IN (SELECT value FROM json_each(?)) "
                                 "ORDER BY hlc, change_id"));
    const QByteArray list = QJsonDocument(QJsonArray::fromStringList(tables))
                                    .toJson(QJsonDocument::Compact);
    const QVariant only = tables.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                           : QVariant(QString::fromUtf8(list));
    query.addBindValue(only);
    query.addBindValue(only);
    if (!query.exec())
        return Error(query.lastError().text());
    const bool keyOpen = !m_store.fieldsEncrypted() || m_store.fieldKeys();
    QList<SyncChange> changes;
    while (query.next()) {
        QString problem;
        SyncChange change = SyncChange::fromJson(
                QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object(), &problem);
        if (!problem.isEmpty())
            return Error(problem);
        if (SensitiveColumns::hasSensitive(change.table)) {
            if (!keyOpen)
                continue;
            change.fields = SensitiveColumns::openFields(m_store, change.table, change.fields);
        }
        changes << change;
    }
    return changes;
}

int HeldChanges::count() const
{
    QSqlQuery query(m_store.database());
    return query.exec(QStringLiteral("SELECT count(*) FROM sync_held_change")) && query.next()
            ? query.value(0).toInt()
            : 0;
}

int HeldChanges::heldBefore(const QDateTime &when) const
{
    QSqlQuery query(m_store.database());
    query.prepare(QStringLiteral("SELECT count(*) FROM sync_held_change WHERE held_at < ?"));
    query.addBindValue(SqlTime::timestamp(when));
    return query.exec() && query.next() ? query.value(0).toInt() : 0;
}

} // namespace bd
