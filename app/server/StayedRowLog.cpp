#include "app/server/StayedRowLog.h"

#include "app/domain/HybridLogicalClock.h"
#include "app/server/ServerDatabase.h"
#include "app/server/ServerSqlDialect.h"
#include "app/server/ServerStatement.h"
#include "database/privacy/CustomerDataMap.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace bd {

namespace {
const QString kCustomerId = QStringLiteral("customer_id");

const CustomerDataTable *mapped(const QString &table)
{
    for (const CustomerDataTable &entry : CustomerDataMap::tables()) {
        if (entry.table == table)
            return &entry;
    }
    return nullptr;
}

QJsonValue erasedValue(const CustomerDataTable::Column &column)
{
    return column.erasedValue.isNull() ? QJsonValue(QJsonValue::Null)
                                       : QJsonValue::fromVariant(column.erasedValue);
}

// The row a step belongs to: its table and the field that names it (StayedRowBlanking's).
std::pair<QString, QString> parentOf(const QString &table)
{
    if (table == QLatin1String("referral_transition"))
        return {QStringLiteral("referral"), QStringLiteral("referral_id")};
    if (table == QLatin1String("kyc_answer"))
        return {QStringLiteral("kyc_session"), QStringLiteral("session_id")};
    return {};
}
} // namespace

bool StayedRowLog::isBlanking(const SyncChange &change)
{
    const CustomerDataTable *table = mapped(change.table);
    if (change.op != QLatin1String("upsert") || change.fields.isEmpty() || !table
        || table->personalColumns.isEmpty())
        return false;
    for (auto it = change.fields.constBegin(); it != change.fields.constEnd(); ++it) {
        const auto column = std::find_if(table->personalColumns.cbegin(),
                                         table->personalColumns.cend(),
                                         [&](const CustomerDataTable::Column &c) {
                                             return c.name == it.key();
                                         });
        if (column == table->personalColumns.cend() || *it != erasedValue(*column))
            return false;
    }
    return true;
}

Result<bool> StayedRowLog::namesNoCustomer(const BranchId &branch, const QString &table,
                                           const QString &rowId) const
{
    ServerStatement entries(m_database.connection(),
                            QStringLiteral("SELECT %1 FROM change_log WHERE branch_id = ? AND "
                                           "table_name = ? AND row_id = ? ORDER BY seq")
                                    .arg(m_database.dialect().asText(QStringLiteral("fields"))));
    if (Result<> read = entries.run({branch.toString(), table, rowId}); !read)
        return read.error();
    const auto [parentTable, link] = parentOf(table);
    QString parent;
    while (entries.next()) {
        const QJsonObject fields = QJsonDocument::fromJson(entries.value(0).toByteArray()).object();
        if (!fields.value(kCustomerId).toString().isEmpty())
            return false;
        if (!link.isEmpty() && parent.isEmpty())
            parent = fields.value(link).toString();
    }
    entries.finish();
    if (parentTable.isEmpty())
        return true;
    // A step of a row that names its customer is LogErasure's.
    if (parent.isEmpty())
        return false;
    return namesNoCustomer(branch, parentTable, parent);
}

Result<> StayedRowLog::blankBefore(const BranchId &branch, const SyncChange &blanking) const
{
    ServerStatement entries(m_database.connection(),
                            QStringLiteral("SELECT seq, hlc, %1 FROM change_log WHERE "
                                           "branch_id = ? AND table_name = ? AND row_id = ? "
                                           "ORDER BY seq")
                                    .arg(m_database.dialect().asText(QStringLiteral("fields"))));
    if (Result<> read = entries.run({branch.toString(), blanking.table, blanking.rowId}); !read)
        return read;
    QList<std::pair<qint64, QJsonObject>> rewritten;
    const HlcStamp stamp = HlcStamp::fromString(blanking.hlc);
    while (entries.next()) {
        // An entry stamped after the blanking wins over it on every copy: it stays.
        if (!(HlcStamp::fromString(entries.value(1).toString()) < stamp))
            continue;
        QJsonObject fields = QJsonDocument::fromJson(entries.value(2).toByteArray()).object();
        bool changed = false;
        for (auto it = blanking.fields.constBegin(); it != blanking.fields.constEnd(); ++it) {
            if (fields.contains(it.key()) && fields.value(it.key()) != *it) {
                fields.insert(it.key(), *it);
                changed = true;
            }
        }
        if (changed)
            rewritten << std::pair{entries.value(0).toLongLong(), fields};
    }
    entries.finish();
    ServerStatement rewrite(m_database.connection(),
                            QStringLiteral("UPDATE change_log SET fields = %1 WHERE branch_id = ? "
                                           "AND seq = ?")
                                    .arg(m_database.dialect().jsonParameter()));
    for (const auto &[seq, fields] : std::as_const(rewritten)) {
        const QString text = QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact));
        if (Result<> written = rewrite.run({text, branch.toString(), seq}); !written)
            return written;
    }
    return {};
}

Result<> StayedRowLog::afterAppend(const BranchId &branch, const QList<SyncChange> &stored) const
{
    for (const SyncChange &change : stored) {
        if (change.isTransferCopy() || !isBlanking(change))
            continue;
        const Result<bool> stayed = namesNoCustomer(branch, change.table, change.rowId);
        if (!stayed)
            return stayed.error();
        if (*stayed) {
            if (Result<> blanked = blankBefore(branch, change); !blanked)
                return blanked;
        }
    }
    return {};
}

} // namespace bd
