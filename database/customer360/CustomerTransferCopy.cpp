#include "database/customer360/CustomerTransferCopy.h"

#include "app/common/CustomerMoveTables.h"
#include "database/core/SensitiveColumns.h"
#include "database/core/SqlQuery.h"
#include "database/core/Store.h"
#include "database/privacy/CustomerDataMap.h"
#include "database/sync/ChangeRecorder.h"

#include <QSqlRecord>

#include <algorithm>

namespace bd {

CustomerTransferCopy::CustomerTransferCopy(Store &store)
    : m_store(store)
{
}

const QStringList &CustomerTransferCopy::tables()
{
    return CustomerMoveTables::tables();
}

QStringList CustomerTransferCopy::staffReferences(const QString &table)
{
    QStringList columns;
    SqlQuery query(m_store.database(),
                QStringLiteral("SELECT \"from\" FROM pragma_foreign_key_list(?) "
                                 "WHERE \"table\" = 'staff_user'"));
    query.bind(table);
    if (query.select()) {
        while (query.next())
            columns << query.value(0).toString();
    }
    return columns;
}

Result<int> CustomerTransferCopy::recordTable(const QString &table, const QString &condition,
                                              const CustomerId &customerId, const QString &toBranch)
{
    const QStringList cleared = staffReferences(table);
    // Table names and conditions come from CustomerDataMap, never from the user.
    SqlQuery rows(m_store.database());
    rows.setForwardOnly(true);
    rows.prepare(QStringLiteral("SELECT * FROM %1 WHERE %2 ORDER BY id").arg(table, condition));
    rows.bind(customerId);
    if (Result<> ran = rows.exec(); !ran)
        return ran.error();
    ChangeRecorder recorder(m_store);
    int count = 0;
    while (rows.next()) {
        const QSqlRecord record = rows.record();
        QVariantMap fields;
        QString rowId;
        for (int i = 0; i < record.count(); ++i) {
            const QString column = record.fieldName(i);
            QVariant value = record.value(i);
            if (column == QLatin1String("id")) {
                rowId = value.toString();
                continue;
            }
            // Derived columns: the receiving workstation's triggers rebuild them from the
            // holdings and tags that travel with the customer.
            if (table == QLatin1String("customer")
                && (column == QLatin1String("holding_families")
                    || column == QLatin1String("tag_list")))
                continue;
            if (cleared.contains(column) || value.isNull()) {
                value = QVariant::fromValue(nullptr); // JSON null (a null QString is "")
            } else if (SensitiveColumns::isSensitive(table, column)) {
                // The recorder seals the copy again for the outbox; it needs the plain value.
                const Result<QString> plain = SensitiveColumns::tryOpen(m_store, value);
                if (!plain)
                    return Error(SensitiveColumns::lockedMessage());
                value = *plain;
            }
            fields.insert(column, value);
        }
        if (table == QLatin1String("opportunity"))
            toNewBranch(fields, toBranch);
        if (const Result<> recorded
            = recorder.recordTransferCopy(table, rowId, fields, toBranch,
                                                 customerId);
            !recorded)
            return recorded.error();
        ++count;
    }
    return count;
}

void CustomerTransferCopy::toNewBranch(QVariantMap &opportunity, const QString &toBranch)
{
    // Its manager stays behind (the customer's manager_id is cleared too): the new branch's
    // pool has it, until the branch head there gives the customer a manager. What was seen
    // and done of it stays as history.
    opportunity.insert(QStringLiteral("branch_id"), toBranch);
    if (opportunity.value(QStringLiteral("assigned_role")).toString() == QLatin1String("manager")) {
        opportunity.insert(QStringLiteral("assigned_role"), QStringLiteral("pool"));
        opportunity.insert(QStringLiteral("assigned_to"), QVariant::fromValue(nullptr));
    }
}

QString CustomerTransferCopy::rowsOfCustomer(const QString &table)
{
    if (!tables().contains(table))
        return {};
    if (table == QLatin1String("customer"))
        return QStringLiteral("id = ?");
    if (table == QLatin1String("tag"))
        return QStringLiteral("id IN (SELECT tag_id FROM customer_tag WHERE customer_id = ?)");
    const auto &map = CustomerDataMap::tables();
    const auto found = std::find_if(map.cbegin(), map.cend(),
                                    [&](const auto &entry) { return entry.table == table; });
    return found == map.cend() ? QString() : found->rowsOfCustomer;
}

Result<int> CustomerTransferCopy::record(const CustomerId &customerId, const QString &toBranch)
{
    int total = 0;
    for (const QString &table : tables()) {
        const QString condition = rowsOfCustomer(table);
        if (condition.isEmpty())
            return Error(tr("%1 is not in the customer data map.").arg(table));
        const Result<int> rows = recordTable(table, condition, customerId, toBranch);
        if (!rows)
            return rows.error();
        total += *rows;
    }
    return total;
}

} // namespace bd
