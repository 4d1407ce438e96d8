#include "database/privacy/CustomerDataSweep.h"

#include "database/core/SensitiveColumns.h"
#include "database/core/SqlTime.h"
#include "database/core/SqlQuery.h"
#include "database/core/Store.h"
#include "database/privacy/CustomerDataMap.h"
#include "database/privacy/StayedRowBlanking.h"
#include "database/privacy/SyncRecordScrub.h"
#include "database/search/CustomerSearchIndex.h"
#include "database/sync/ChangeRecorder.h"
#include "database/sync/HeldChanges.h"
#include "database/sync/WireValue.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlRecord>

namespace bd {

namespace {
const QString kCustomer = QStringLiteral("customer");

QJsonObject rowObject(const Store &store, const QString &table, const SqlQuery &query)
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

QString rowKey(const QString &table, const QString &rowId)
{
    return table + QLatin1Char('/') + rowId;
}

} // namespace

QVariant CustomerDataSweep::storedErasedValue(const Store &store, const QString &table,
                                             const CustomerDataTable::Column &column)
{
    // The erased placeholder is no personal data: if the key is not open it may stay plain.
    if (SensitiveColumns::isSensitive(table, column.name) && !column.erasedValue.isNull())
        return SensitiveColumns::sealColumn(store, table, column.name,
                                            column.erasedValue.toString())
                .value_or(column.erasedValue);
    return column.erasedValue;
}

CustomerDataSweep::CustomerDataSweep(Store &store)
    : m_store(store)
{
}

Result<QJsonObject> CustomerDataSweep::collect(const CustomerId &customer) const
{
    const QString &customerId = customer.toString();
    SqlQuery row(m_store.database(), QStringLiteral("SELECT * FROM customer WHERE id = ?"));
    row.bind(customerId);
    if (Result<> ran = row.exec(); !ran || !row.next())
        return ran.ok() ? Error(QString()) : ran.error(); // no such customer: nothing to say
    QJsonObject tables;
    for (const CustomerDataTable &entry : CustomerDataMap::tables()) {
        SqlQuery rows(m_store.database());
        // Table names and conditions come from CustomerDataMap, never from input.
        rows.prepare(QStringLiteral("SELECT * FROM %1 WHERE %2").arg(entry.table,
                                                                      entry.rowsOfCustomer));
        rows.bind(customerId);
        if (Result<> ran = rows.exec(); !ran)
            return ran.error();
        QJsonArray list;
        while (rows.next())
            list.append(rowObject(m_store, entry.table, rows));
        tables.insert(entry.table, list);
    }
    return QJsonObject{{QStringLiteral("customer"), rowObject(m_store, kCustomer, row)},
                       {QStringLiteral("tables"), tables}};
}

Result<int> CustomerDataSweep::erase(const CustomerId &customer)
{
    const QString &customerId = customer.toString();
    int rowsChanged = 0;
    SqlQuery read(m_store.database(), QStringLiteral("SELECT * FROM customer WHERE id = ?"));
    read.bind(customerId);
    if (Result<> ran = read.exec(); !ran || !read.next())
        return ran.ok() ? Error(QString()) : ran.error();
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

    // The customer first: the other tables' changes are then stamped after the erasure, and
    // every workstation and the server take them as part of it (an edit stamped before the
    // erasure is one that did not know of it: docs/SYNC_PROTOCOL.md, "Erasure").
    if (Result<> anonymised = anonymiseCustomer(customer, before); !anonymised)
        return anonymised.error();
    ++rowsChanged;
    const Result<int> followed = eraseEverywhereElse(customer, oldValues);
    if (!followed)
        return followed.error();
    return rowsChanged + *followed;
}

Result<int> CustomerDataSweep::followErasure(const CustomerId &customer, const MaySend &maySend)
{
    return eraseEverywhereElse(customer, {}, maySend);
}

Result<> CustomerDataSweep::scrubRecordsOf(const CustomerId &customer)
{
    const QString &customerId = customer.toString();
    QStringList affectedRows{rowKey(kCustomer, customerId)};
    for (const CustomerDataTable &table : CustomerDataMap::tables()) {
        // What erasure keeps holds nothing personal (and a checklist row has no id).
        if (!table.synced || table.erasure == CustomerDataTable::Erasure::Keep)
            continue;
        // Table names and conditions come from CustomerDataMap, never from input.
        SqlQuery rows(m_store.database(), QStringLiteral("SELECT id FROM %1 WHERE %2")
                                                  .arg(table.table, table.rowsOfCustomer));
        rows.bind(customerId);
        if (Result<> ran = rows.exec(); !ran)
            return ran;
        while (rows.next())
            affectedRows << rowKey(table.table, rows.value(0).toString());
    }
    return SyncRecordScrub(m_store).scrub(customer, affectedRows, {});
}

Result<bool> CustomerDataSweep::followErasureOfMovedAway(const CustomerId &customer,
                                                         const QString &stamp,
                                                         const QStringList &rows,
                                                         const MaySend &maySend)
{
    const QString &customerId = customer.toString();
    if (!stamp.isEmpty()) { // the earliest erasure known (stamps are fixed-width text)
        SqlQuery erased(m_store.database(),
                        QStringLiteral("UPDATE sync_moved_away SET erased_at = ? WHERE row_id = ? "
                                       "AND (erased_at IS NULL OR erased_at > ?)"));
        erased.bind(stamp);
        erased.bind(customerId);
        erased.bind(stamp);
        if (Result<> ran = erased.exec(); !ran)
            return ran.error();
    }
    // The customer's rows went with them (sync_moved_away); the copies sent name the customer.
    SqlQuery found(m_store.database(),
                  QStringLiteral("SELECT table_name, row_id FROM sync_outbox WHERE "
                                 "transfer_customer_id = ? OR row_id IN (SELECT row_id FROM "
                                 "sync_moved_away WHERE customer_id = ?) "
                                 "OR json_extract(fields_json, '$.customer_id') = ? "
                                 "UNION SELECT table_name, row_id FROM sync_conflict WHERE "
                                 "row_id IN (SELECT row_id FROM sync_moved_away "
                                 "WHERE customer_id = ?)"));
    for (int i = 0; i < 4; ++i)
        found.bind(customerId);
    if (Result<> ran = found.exec(); !ran)
        return ran.error();
    QStringList affectedRows = rows;
    while (found.next())
        affectedRows << rowKey(found.value(0).toString(), found.value(1).toString());
    found.finish();
    if (Result<> blanked = StayedRowBlanking(m_store).blank(customer, affectedRows, maySend);
        !blanked)
        return blanked.error();
    // Conflicts that name them are found by the scrub even when nothing else of them is here.
    if (Result<> scrubbed = SyncRecordScrub(m_store).scrub(customer, affectedRows, {}); !scrubbed)
        return scrubbed.error();
    return !affectedRows.isEmpty();
}

Result<int> CustomerDataSweep::eraseEverywhereElse(const CustomerId &customer,
                                                   const QStringList &oldValues,
                                                   const MaySend &maySend)
{
    int rowsChanged = 0;
    QStringList affectedRows{rowKey(kCustomer, customer.toString())};
    for (const CustomerDataTable &table : CustomerDataMap::tables()) {
        // A synced row is changed here only with its change recorded: what this desk may not
        // send it leaves to the eraser's changes and to the desks that may (F32), so that it
        // never holds a row the server and the others do not.
        if (table.synced && maySend && !maySend(table.table))
            continue;
        if (Result<> erased = eraseTable(table, customer, affectedRows, rowsChanged); !erased)
            return erased.error();
    }
    if (Result<> indexed = CustomerSearchIndex(m_store).update(customer); !indexed)
        return indexed.error();
    if (Result<> scrubbed = SyncRecordScrub(m_store).scrub(customer, affectedRows, oldValues);
        !scrubbed)
        return scrubbed.error();
    // What waits of them stays, blanked: a row every other copy has must still arrive here.
    QHash<QString, QJsonObject> erasedValues;
    for (const CustomerDataTable &table : CustomerDataMap::tables()) {
        if (!table.synced)
            continue;
        QJsonObject columns;
        for (const CustomerDataTable::Column &column : table.personalColumns)
            columns.insert(column.name, wireValue(column.erasedValue));
        erasedValues.insert(table.table, columns);
    }
    if (Result<> dropped = HeldChanges(m_store).forgetCustomer(customer, erasedValues);
        !dropped)
        return dropped.error();
    return rowsChanged;
}

Result<> CustomerDataSweep::eraseTable(const CustomerDataTable &table, const CustomerId &customer,
                                       QStringList &affectedRows, int &changed)
{
    if (table.erasure == CustomerDataTable::Erasure::Keep)
        return {};
    QStringList assignments;
    QVariantList values;
    QVariantMap fields;
    for (const CustomerDataTable::Column &column : table.personalColumns) {
        assignments << column.name + QStringLiteral(" = ?");
        values << storedErasedValue(m_store, table.table, column);
        fields.insert(column.name, column.erasedValue);
    }
    const bool tombstone = table.erasure == CustomerDataTable::Erasure::Tombstone;
    if (tombstone)
        assignments << QStringLiteral("deleted = 1");

    if (!table.synced) {
        // Local-only tables (from core banking): one statement is enough.
        SqlQuery update(m_store.database(), QStringLiteral("UPDATE %1 SET %2 WHERE %3")
                               .arg(table.table, assignments.join(QStringLiteral(", ")),
                                    table.rowsOfCustomer));
        for (const QVariant &value : std::as_const(values))
            update.bind(value);
        update.bind(customer);
        if (Result<> ran = update.exec(); !ran)
            return ran;
        changed += update.rowsAffected();
        return {};
    }

    SqlQuery rows(m_store.database(), QStringLiteral("SELECT id, %1 FROM %2 WHERE %3")
                         .arg(table.hasVersion ? QStringLiteral("version") : QStringLiteral("0"),
                              table.table, table.rowsOfCustomer));
    rows.bind(customer);
    if (Result<> ran = rows.exec(); !ran)
        return ran;
    if (table.hasVersion)
        assignments << QStringLiteral("updated_at = ?") << QStringLiteral("version = version + 1");
    const QString now = SqlTime::now();
    SqlQuery update(m_store.database(), QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                           .arg(table.table, assignments.join(QStringLiteral(", "))));
    ChangeRecorder recorder(m_store);
    while (rows.next()) {
        const QString id = rows.value(0).toString();
        const int version = rows.value(1).toInt();
        int bound = 0;
        for (const QVariant &value : std::as_const(values))
            update.bindAt(bound++, value);
        if (table.hasVersion)
            update.bindAt(bound++, now);
        update.bindAt(bound, id);
        if (Result<> ran = update.exec(); !ran)
            return ran;
        if (!fields.isEmpty()) {
            // Whose row it is travels with the blanking: the server and the other
            // workstations tell the erasure's own changes by it (LogErasure, PulledErasures).
            QVariantMap sent = fields;
            if (table.rowsOfCustomer == QLatin1String("customer_id = ?"))
                sent.insert(QStringLiteral("customer_id"), customer.toString());
            if (const Result<> recorded = recorder.recordUpsert(table.table, id, sent, version);
                !recorded)
                return recorded.error();
        }
        if (tombstone) {
            if (const Result<> recorded = recorder.recordDelete(table.table, id, version);
                !recorded)
                return recorded.error();
        }
        affectedRows << rowKey(table.table, id);
        ++changed;
    }
    return {};
}

Result<> CustomerDataSweep::anonymiseCustomer(const CustomerId &customer,
                                              const QVariantMap &before)
{
    const QString &customerId = customer.toString(); // the row id bound and recorded below
    QStringList assignments;
    QVariantList values;
    QVariantMap fields;
    for (const CustomerDataTable::Column &column : CustomerDataMap::customerColumns()) {
        assignments << column.name + QStringLiteral(" = ?");
        values << storedErasedValue(m_store, kCustomer, column);
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
    SqlQuery update(m_store.database(),
                QStringLiteral("UPDATE customer SET %1, updated_at = ?, version = version + 1 "
                                  "WHERE id = ?")
                           .arg(assignments.join(QStringLiteral(", "))));
    for (const QVariant &value : std::as_const(values))
        update.bind(value);
    update.bind(now);
    update.bind(customerId);
    if (Result<> ran = update.execOnOneRow(); !ran)
        return ran;
    ChangeRecorder recorder(m_store);
    return recorder.recordUpsert(kCustomer, customerId, fields,
                                 before.value(QStringLiteral("version")).toInt());
}

} // namespace bd
