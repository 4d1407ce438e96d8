#include "database/privacy/StayedRowBlanking.h"

#include "database/core/DatabaseLogging.h"
#include "database/core/SensitiveColumns.h"
#include "database/core/SqlQuery.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/privacy/CustomerDataMap.h"
#include "database/sync/ChangeRecorder.h"

#include <algorithm>

namespace bd {

namespace {
// The rows that hang off a row and name no customer of their own: a referral's steps
// carry what staff wrote about the customer (referral_transition.note), and a stayed
// referral's steps were found by nothing (RELIABILITY.md, F37).
struct Steps
{
    QString parent;
    QString table;
    QString link;
};
const QList<Steps> &stepTables()
{
    static const QList<Steps> steps{
            {QStringLiteral("referral"), QStringLiteral("referral_transition"),
             QStringLiteral("referral_id")},
            {QStringLiteral("kyc_session"), QStringLiteral("kyc_answer"),
             QStringLiteral("session_id")}};
    return steps;
}
} // namespace

StayedRowBlanking::StayedRowBlanking(Store &store)
    : m_store(store)
{
}

Result<> StayedRowBlanking::blank(const CustomerId &customer, QStringList &rows,
                                 const CustomerDataSweep::MaySend &maySend)
{
    ChangeRecorder recorder(m_store);
    const QString now = SqlTime::now();
    rows.removeDuplicates();
    // Grows as the steps of a row blanked here are found.
    for (qsizetype next = 0; next < rows.size(); ++next) {
        const QString key = rows.at(next);
        const qsizetype slash = key.indexOf(QLatin1Char('/'));
        const QString tableName = key.left(slash);
        const QString id = key.mid(slash + 1);
        const auto mapped = std::find_if(CustomerDataMap::tables().cbegin(),
                                         CustomerDataMap::tables().cend(),
                                         [&](const CustomerDataTable &t) {
                                             return t.table == tableName;
                                         });
        if (mapped == CustomerDataMap::tables().cend() || !mapped->synced
            || mapped->personalColumns.isEmpty() || (maySend && !maySend(tableName)))
            continue;
        const CustomerDataTable &table = *mapped;
        // A row that names a customer here is that customer's, not one that stayed.
        const bool named = table.rowsOfCustomer == QLatin1String("customer_id = ?");
        QStringList columns;
        for (const CustomerDataTable::Column &column : table.personalColumns)
            columns << column.name;
        // Names from CustomerDataMap, never input.
        SqlQuery read(m_store.database(),
                      QStringLiteral("SELECT %1, %2 FROM %3 WHERE id = ?%4")
                              .arg(columns.join(QStringLiteral(", ")),
                                   table.hasVersion ? QStringLiteral("version")
                                                    : QStringLiteral("0"),
                                   table.table,
                                   named ? QStringLiteral(" AND (customer_id IS NULL OR "
                                                          "customer_id = '' OR customer_id = ?)")
                                         : QString()));
        read.bind(id);
        if (named)
            read.bind(customer);
        if (Result<> ran = read.exec(); !ran)
            return ran;
        if (!read.next())
            continue;
        // Its steps go with it, also when it is blank already (a second pass, or a step
        // pulled after the row's blanking).
        if (Result<> found = addSteps(tableName, id, rows); !found)
            return found;
        QStringList assignments;
        QVariantList values;
        QVariantMap fields;
        for (int i = 0; i < table.personalColumns.size(); ++i) {
            const CustomerDataTable::Column &column = table.personalColumns.at(i);
            QVariant value = read.value(i);
            if (SensitiveColumns::isSensitive(table.table, column.name) && !value.isNull())
                value = SensitiveColumns::open(m_store, value);
            if (value.isNull() == column.erasedValue.isNull()
                && value.toString() == column.erasedValue.toString())
                continue; // blank already: nothing to send again
            assignments << column.name + QStringLiteral(" = ?");
            values << CustomerDataSweep::storedErasedValue(m_store, table.table, column);
            fields.insert(column.name, column.erasedValue);
        }
        const int version = read.value(int(columns.size())).toInt();
        read.finish();
        if (fields.isEmpty())
            continue;
        if (table.hasVersion)
            assignments << QStringLiteral("updated_at = ?") << QStringLiteral("version = version + 1");
        SqlQuery update(m_store.database(), QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                                                    .arg(table.table,
                                                         assignments.join(QStringLiteral(", "))));
        for (const QVariant &value : std::as_const(values))
            update.bind(value);
        if (table.hasVersion)
            update.bind(now);
        update.bind(id);
        if (Result<> ran = update.exec(); !ran)
            return ran;
        if (const Result<> recorded = recorder.recordUpsert(table.table, id, fields, version);
            !recorded)
            return recorded.error();
        qCInfo(lcDb) << "row of an erased customer that stayed here blanked:" << table.table << id;
    }
    return {};
}

Result<> StayedRowBlanking::addSteps(const QString &table, const QString &id,
                                    QStringList &rows) const
{
    for (const Steps &steps : stepTables()) {
        if (steps.parent != table)
            continue;
        // Names from stepTables(), never input.
        SqlQuery found(m_store.database(), QStringLiteral("SELECT id FROM %1 WHERE %2 = ?")
                                                   .arg(steps.table, steps.link));
        found.bind(id);
        if (Result<> ran = found.exec(); !ran)
            return ran;
        while (found.next()) {
            const QString step = steps.table + QLatin1Char('/') + found.value(0).toString();
            if (!rows.contains(step))
                rows << step;
        }
    }
    return {};
}

} // namespace bd
