#include "app/server/MovedCustomerLinks.h"

#include "app/common/CustomerMoveTables.h"
#include "app/server/ServerDatabase.h"
#include "app/server/ServerSqlDialect.h"
#include "app/server/ServerStatement.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace bd {

namespace {
const QString kCustomerId = QStringLiteral("customer_id");

// The synced tables whose rows stay with the branch when their customer moves.
QString stayingTables()
{
    QStringList staying;
    for (const QString &table : SyncChange::syncedTables()) {
        if (table != QLatin1String("customer") && !CustomerMoveTables::tables().contains(table))
            staying << QLatin1Char('\'') + table + QLatin1Char('\'');
    }
    return staying.join(QLatin1Char(','));
}
} // namespace

Result<> MovedCustomerLinks::afterAppend(const BranchId &branch,
                                         const QList<SyncChange> &stored) const
{
    for (const SyncChange &change : stored) {
        const QString to = change.fields.value(QLatin1String("branch_id")).toString();
        if (change.table != QLatin1String("customer") || change.isTransferCopy() || to.isEmpty()
            || BranchId(to) == branch)
            continue;
        if (Result<> unlinked = unlink(branch, change.rowId); !unlinked)
            return unlinked;
    }
    return {};
}

Result<> MovedCustomerLinks::unlink(const BranchId &branch, const QString &customerId) const
{
    const ServerSqlDialect &dialect = m_database.dialect();
    const QString fields = dialect.asText(QStringLiteral("fields"));
    // A customer id is a UUID: an entry whose text holds it may name them.
    ServerStatement query(m_database.connection(),
                          QStringLiteral("SELECT seq, %1 FROM change_log WHERE branch_id = ? AND "
                                         "table_name IN (%2) AND %1 LIKE ?")
                                  .arg(fields, stayingTables()));
    if (Result<> read = query.run({branch.toString(), QStringLiteral("%") + customerId
                                                               + QStringLiteral("%")});
        !read)
        return read;
    QList<std::pair<qint64, QString>> unlinked;
    while (query.next()) {
        QJsonObject entry = QJsonDocument::fromJson(query.value(1).toByteArray()).object();
        if (entry.value(kCustomerId).toString() != customerId)
            continue;
        entry.insert(kCustomerId, QJsonValue(QJsonValue::Null));
        unlinked.append({query.value(0).toLongLong(),
                         QString::fromUtf8(QJsonDocument(entry).toJson(QJsonDocument::Compact))});
    }
    ServerStatement rewrite(m_database.connection(),
                            QStringLiteral("UPDATE change_log SET fields = %1 WHERE branch_id = ? "
                                           "AND seq = ?")
                                    .arg(dialect.jsonParameter()));
    for (const auto &[seq, text] : std::as_const(unlinked)) {
        if (Result<> written = rewrite.run({text, branch.toString(), seq}); !written)
            return written;
    }
    return {};
}

} // namespace bd
