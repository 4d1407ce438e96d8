#include "database/privacy/CustomerDataSweep.h"

#include "database/core/SensitiveColumns.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/privacy/CustomerDataMap.h"
#include "database/search/CustomerSearchIndex.h"
#include "database/sync/ChangeRecorder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace bd {

namespace {
const QString kCustomer = QStringLiteral("customer");

QJsonObject rowObject(const Store &store, const QString &table, const QSqlQuery &query)
{
    QJsonObject row;
    const QSqlRecord record = query.record();
    for (int i = 0; i < record.count(); ++i) {
        const QString column = record.fieldName(i);
        const QVariant value = query.value(i);
        if (SensitiveColumns::isSensitive(table, column) && !value.isNull())
            row.insert(column, SensitiveColumns::open(store, value));
        else
            row.insert(column, QJsonValue::fromVariant(value));
    }
    return row;
}

// What a personal column holds once erased, in its stored form.
QVariant stored(const Store &store, const QString &table, const CustomerDataTable::Column &column)
{
    // The erased placeholder is no personal data: if the key is not open it may stay plain.
    if (SensitiveColumns::isSensitive(table, column.name) && !column.erasedValue.isNull())
        return SensitiveColumns::seal(store, column.erasedValue.toString())
                .value_or(column.erasedValue);
    return column.erasedValue;
}

QString rowKey(const QString &table, const QString &rowId)
{
    return table + QLatin1Char('/') + rowId;
}

const QList<CustomerDataTable::Column> &personalColumnsOf(const QString &table)
{
    if (table == kCustomer)
        return CustomerDataMap::customerColumns();
    for (const CustomerDataTable &entry : CustomerDataMap::tables()) {
        if (entry.table == table)
            return entry.personalColumns;
    }
    static const QList<CustomerDataTable::Column> none;
    return none;
}

bool containsAny(const QString &text, const QStringList &needles)
{
    for (const QString &needle : needles) {
        if (text.contains(needle))
            return true;
    }
    return false;
}
} // namespace

CustomerDataSweep::CustomerDataSweep(Store &store)
    : m_store(store)
{
}

QJsonObject CustomerDataSweep::collect(const QString &customerId) const
{
    QSqlQuery customer(m_store.database());
    customer.prepare(QStringLiteral("SELECT * FROM customer WHERE id = ?"));
    customer.addBindValue(customerId);
    if (!customer.exec() || !customer.next()) {
        m_error = customer.lastError().text();
        return {};
    }
    QJsonObject tables;
    for (const CustomerDataTable &entry : CustomerDataMap::tables()) {
        QSqlQuery rows(m_store.database());
        // Table names and conditions come from CustomerDataMap, never from input.
        rows.prepare(QStringLiteral("SELECT * FROM %1 WHERE %2").arg(entry.table,
                                                                      entry.rowsOfCustomer));
        rows.addBindValue(customerId);
        if (!rows.exec()) {
            m_error = rows.lastError().text();
            return {};
        }
        QJsonArray list;
        while (rows.next())
            list.append(rowObject(m_store, entry.table, rows));
        tables.insert(entry.table, list);
    }
    return {{QStringLiteral("customer"), rowObject(m_store, kCustomer, customer)},
            {QStringLiteral("tables"), tables}};
}

CustomerDataSweep::Outcome CustomerDataSweep::erase(const QString &customerId)
{
    Outcome outcome;
    QSqlQuery read(m_store.database());
    read.prepare(QStringLiteral("SELECT * FROM customer WHERE id = ?"));
    read.addBindValue(customerId);
    if (!read.exec() || !read.next()) {
        m_error = read.lastError().text();
        return outcome;
    }
    QVariantMap before;
    const QSqlRecord record = read.record();
    for (int i = 0; i < record.count(); ++i) {
        const QString column = record.fieldName(i);
        const QVariant value = read.value(i);
        before.insert(column, SensitiveColumns::isSensitive(kCustomer, column) && !value.isNull()
                                      ? QVariant(SensitiveColumns::open(m_store, value))
                                      : value);
    }
    // The values that identify the person, to hunt down in sync payloads and conflicts.
    QStringList oldValues;
    for (const char *column : {"name", "phone", "id_number", "address"}) {
        const QString value = before.value(QLatin1String(column)).toString().trimmed();
        if (value.size() >= 2)
            oldValues << value;
    }

    QStringList affectedRows{rowKey(kCustomer, customerId)};
    for (const CustomerDataTable &table : CustomerDataMap::tables()) {
        if (!eraseTable(table, customerId, affectedRows, outcome.rowsChanged))
            return outcome;
    }
    if (!anonymiseCustomer(customerId, before))
        return outcome;
    ++outcome.rowsChanged;
    CustomerSearchIndex index(m_store);
    if (!index.update(customerId)) {
        m_error = index.errorString();
        return outcome;
    }
    if (!scrubSyncRecords(affectedRows, oldValues))
        return outcome;
    outcome.ok = true;
    return outcome;
}

bool CustomerDataSweep::eraseTable(const CustomerDataTable &table, const QString &customerId,
                                   QStringList &affectedRows, int &changed)
{
    if (table.erasure == CustomerDataTable::Erasure::Keep)
        return true;
    QStringList assignments;
    QVariantList values;
    QVariantMap fields;
    for (const CustomerDataTable::Column &column : table.personalColumns) {
        assignments << column.name + QStringLiteral(" = ?");
        values << stored(m_store, table.table, column);
        fields.insert(column.name, column.erasedValue);
    }
    const bool tombstone = table.erasure == CustomerDataTable::Erasure::Tombstone;
    if (tombstone)
        assignments << QStringLiteral("deleted = 1");

    if (!table.synced) {
        // Local-only tables (from core banking): one statement is enough.
        QSqlQuery update(m_store.database());
        update.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE %3")
                               .arg(table.table, assignments.join(QStringLiteral(", ")),
                                    table.rowsOfCustomer));
        for (const QVariant &value : std::as_const(values))
            update.addBindValue(value);
        update.addBindValue(customerId);
        if (!update.exec()) {
            m_error = update.lastError().text();
            return false;
        }
        changed += update.numRowsAffected();
        return true;
    }

    QSqlQuery rows(m_store.database());
    rows.prepare(QStringLiteral("SELECT id, %1 FROM %2 WHERE %3")
                         .arg(table.hasVersion ? QStringLiteral("version") : QStringLiteral("0"),
                              table.table, table.rowsOfCustomer));
    rows.addBindValue(customerId);
    if (!rows.exec()) {
        m_error = rows.lastError().text();
        return false;
    }
    if (table.hasVersion)
        assignments << QStringLiteral("updated_at = ?") << QStringLiteral("version = version + 1");
    const QString now = SqlTime::now();
    QSqlQuery update(m_store.database());
    update.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                           .arg(table.table, assignments.join(QStringLiteral(", "))));
    ChangeRecorder recorder(m_store);
    while (rows.next()) {
        const QString id = rows.value(0).toString();
        const int version = rows.value(1).toInt();
        int bound = 0;
        for (const QVariant &value : std::as_const(values))
            update.bindValue(bound++, value);
        if (table.hasVersion)
            update.bindValue(bound++, now);
        update.bindValue(bound, id);
        if (!update.exec()) {
            m_error = update.lastError().text();
            return false;
        }
        Result<> recorded = fields.isEmpty()
                ? Result<>()
                : recorder.recordUpsert(table.table, id, fields, version);
        if (recorded && tombstone)
            recorded = recorder.recordDelete(table.table, id, version);
        if (!recorded) {
            m_error = recorded.errorString();
            return false;
        }
        affectedRows << rowKey(table.table, id);
        ++changed;
    }
    return true;
}

bool CustomerDataSweep::anonymiseCustomer(const QString &customerId, const QVariantMap &before)
{
    QStringList assignments;
    QVariantList values;
    QVariantMap fields;
    for (const CustomerDataTable::Column &column : CustomerDataMap::customerColumns()) {
        assignments << column.name + QStringLiteral(" = ?");
        values << stored(m_store, kCustomer, column);
        fields.insert(column.name, column.erasedValue);
    }
    // The CIF number links back to core banking: replaced by one that says what happened.
    const QString now = SqlTime::now();
    fields.insert(QStringLiteral("cif_no"), QStringLiteral("ERASED-") + customerId);
    fields.insert(QStringLiteral("erased_at"), now);
    for (const QString &column : {QStringLiteral("cif_no"), QStringLiteral("erased_at")}) {
        assignments << column + QStringLiteral(" = ?");
        values << fields.value(column);
    }
    QSqlQuery update(m_store.database());
    update.prepare(QStringLiteral("UPDATE customer SET %1, updated_at = ?, version = version + 1 "
                                  "WHERE id = ?")
                           .arg(assignments.join(QStringLiteral(", "))));
    for (const QVariant &value : std::as_const(values))
        update.addBindValue(value);
    update.addBindValue(now);
    update.addBindValue(customerId);
    if (!update.exec() || update.numRowsAffected() != 1) {
        m_error = update.lastError().text();
        return false;
    }
    ChangeRecorder recorder(m_store);
    const Result<> recorded = recorder.recordUpsert(
            kCustomer, customerId, fields, before.value(QStringLiteral("version")).toInt());
    if (!recorded) {
        m_error = recorded.errorString();
        return false;
    }
    return true;
}

bool CustomerDataSweep::scrubSyncRecords(const QStringList &affectedRows,
                                         const QStringList &oldValues)
{
    const QSet<QString> affected(affectedRows.cbegin(), affectedRows.cend());

    // Outbox payloads: rows of the customer, and any payload quoting an old value.
    QSet<qint64> outboxRows;
    QSqlQuery find(m_store.database());
    find.prepare(QStringLiteral("SELECT seq, table_name, row_id FROM sync_outbox"));
    if (!find.exec()) {
        m_error = find.lastError().text();
        return false;
    }
    while (find.next()) {
        if (affected.contains(rowKey(find.value(1).toString(), find.value(2).toString())))
            outboxRows.insert(find.value(0).toLongLong());
    }
    QSqlQuery quoting(m_store.database());
    quoting.prepare(QStringLiteral("SELECT seq FROM sync_outbox WHERE instr(fields_json, ?) > 0"));
    for (const QString &value : oldValues) {
        quoting.bindValue(0, value);
        if (!quoting.exec()) {
            m_error = quoting.lastError().text();
            return false;
        }
        while (quoting.next())
            outboxRows.insert(quoting.value(0).toLongLong());
    }
    QSqlQuery payload(m_store.database());
    payload.prepare(QStringLiteral("SELECT table_name, row_id, fields_json FROM sync_outbox "
                                   "WHERE seq = ?"));
    QSqlQuery rewrite(m_store.database());
    rewrite.prepare(QStringLiteral("UPDATE sync_outbox SET fields_json = ? WHERE seq = ?"));
    for (const qint64 seq : std::as_const(outboxRows)) {
        payload.bindValue(0, seq);
        if (!payload.exec() || !payload.next()) {
            m_error = payload.lastError().text();
            return false;
        }
        const QString table = payload.value(0).toString();
        const bool ofCustomer = affected.contains(rowKey(table, payload.value(1).toString()));
        QJsonObject fields = QJsonDocument::fromJson(payload.value(2).toString().toUtf8()).object();
        for (const CustomerDataTable::Column &column : personalColumnsOf(table)) {
            if (ofCustomer && fields.contains(column.name))
                fields.insert(column.name, QJsonValue::fromVariant(column.erasedValue));
        }
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            if (it->isString() && containsAny(it->toString(), oldValues))
                *it = QString();
        }
        rewrite.bindValue(0, QString::fromUtf8(
                                     QJsonDocument(fields).toJson(QJsonDocument::Compact)));
        rewrite.bindValue(1, seq);
        if (!rewrite.exec()) {
            m_error = rewrite.lastError().text();
            return false;
        }
    }

    // Conflict log: the losing and kept values of the customer's fields, or quoting them.
    QSqlQuery conflicts(m_store.database());
    if (!conflicts.exec(QStringLiteral("SELECT id, table_name, row_id, coalesce(kept_value, ''), "
                                       "coalesce(lost_value, '') FROM sync_conflict"))) {
        m_error = conflicts.lastError().text();
        return false;
    }
    QSqlQuery clear(m_store.database());
    clear.prepare(QStringLiteral("UPDATE sync_conflict SET kept_value = NULL, lost_value = NULL "
                                 "WHERE id = ?"));
    while (conflicts.next()) {
        const bool ofCustomer = affected.contains(
                rowKey(conflicts.value(1).toString(), conflicts.value(2).toString()));
        if (!ofCustomer && !containsAny(conflicts.value(3).toString(), oldValues)
            && !containsAny(conflicts.value(4).toString(), oldValues))
            continue;
        clear.bindValue(0, conflicts.value(0));
        if (!clear.exec()) {
            m_error = clear.lastError().text();
            return false;
        }
    }
    return true;
}

} // namespace bd
