#include "database/privacy/SyncRecordScrub.h"

#include "database/core/SqlQuery.h"
#include "database/core/Store.h"
#include "database/privacy/CustomerDataMap.h"
#include "database/sync/WireValue.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace bd {

namespace {
QString rowKey(const QString &table, const QString &rowId)
{
    return table + QLatin1Char('/') + rowId;
}

const QList<CustomerDataTable::Column> &personalColumnsOf(const QString &table)
{
    if (table == QLatin1String("customer"))
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

SyncRecordScrub::SyncRecordScrub(Store &store)
    : m_store(store)
{
}

Result<> SyncRecordScrub::scrub(const CustomerId &customer, const QStringList &affectedRows,
                                const QStringList &oldValues)
{
    QSet<QString> affected(affectedRows.cbegin(), affectedRows.cend());
    // A row whose conflict says it named the customer is theirs, also one that no longer
    // links to them here (a referral that stayed when they moved away, F24; F34).
    SqlQuery naming(m_store.database(),
                    QStringLiteral("SELECT table_name, row_id FROM sync_conflict WHERE field = "
                                   "'customer_id' AND ? IN (kept_value, lost_value)"));
    naming.bind(customer);
    if (Result<> ran = naming.exec(); !ran)
        return ran;
    while (naming.next())
        affected.insert(rowKey(naming.value(0).toString(), naming.value(1).toString()));

    // Outbox payloads: rows of the customer, and any payload quoting an old value.
    QSet<qint64> outboxRows;
    SqlQuery find(m_store.database(),
                QStringLiteral("SELECT seq, table_name, row_id FROM sync_outbox"));
    if (Result<> ran = find.exec(); !ran)
        return ran;
    while (find.next()) {
        if (affected.contains(rowKey(find.value(1).toString(), find.value(2).toString())))
            outboxRows.insert(find.value(0).toLongLong());
    }
    SqlQuery quoting(m_store.database(),
                QStringLiteral("SELECT seq FROM sync_outbox WHERE instr(fields_json, ?) > 0"));
    for (const QString &value : oldValues) {
        quoting.bindAt(0, value);
        if (Result<> ran = quoting.exec(); !ran)
            return ran;
        while (quoting.next())
            outboxRows.insert(quoting.value(0).toLongLong());
    }
    SqlQuery payload(m_store.database(),
                QStringLiteral("SELECT table_name, row_id, fields_json FROM sync_outbox "
                                   "WHERE seq = ?"));
    SqlQuery rewrite(m_store.database(),
                QStringLiteral("UPDATE sync_outbox SET fields_json = ? WHERE seq = ?"));
    for (const qint64 seq : std::as_const(outboxRows)) {
        payload.bindAt(0, seq);
        if (Result<> ran = payload.exec(); !ran || !payload.next())
            return ran.ok() ? Error(QString()) : ran.error();
        const QString table = payload.value(0).toString();
        const bool ofCustomer = affected.contains(rowKey(table, payload.value(1).toString()));
        QJsonObject fields = QJsonDocument::fromJson(payload.value(2).toString().toUtf8()).object();
        for (const CustomerDataTable::Column &column : personalColumnsOf(table)) {
            if (ofCustomer && fields.contains(column.name))
                fields.insert(column.name, wireValue(column.erasedValue));
        }
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            if (it->isString() && containsAny(it->toString(), oldValues))
                *it = QString();
        }
        rewrite.bindAt(0, QString::fromUtf8(
                                     QJsonDocument(fields).toJson(QJsonDocument::Compact)));
        rewrite.bindAt(1, seq);
        if (Result<> ran = rewrite.exec(); !ran)
            return ran;
    }

    // Conflict log: the losing and kept values of the customer's fields, or quoting them.
    SqlQuery conflicts(m_store.database());
    if (Result<> ran = conflicts.exec(QStringLiteral(
                "SELECT id, table_name, row_id, coalesce(kept_value, ''), "
                "coalesce(lost_value, '') FROM sync_conflict"));
        !ran)
        return ran;
    SqlQuery clear(m_store.database(),
                QStringLiteral("UPDATE sync_conflict SET kept_value = NULL, lost_value = NULL "
                                 "WHERE id = ?"));
    while (conflicts.next()) {
        const bool ofCustomer = affected.contains(
                rowKey(conflicts.value(1).toString(), conflicts.value(2).toString()));
        if (!ofCustomer && !containsAny(conflicts.value(3).toString(), oldValues)
            && !containsAny(conflicts.value(4).toString(), oldValues))
            continue;
        clear.bindAt(0, conflicts.value(0));
        if (Result<> ran = clear.exec(); !ran)
            return ran;
    }
    return {};
}

} // namespace bd
