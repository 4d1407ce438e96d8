#include "database/dashboards/DashboardScope.h"

#include "database/core/DatabaseLogging.h"
#include "database/core/Store.h"

#include <QSqlError>
#include <QSqlQuery>

namespace bd {

QString DashboardScope::customerCondition(const QString &alias, QVariantList &values) const
{
    // The order matches the customer_dashboard index (branch, deleted, manager, ...).
    QString condition = QStringLiteral("%1.branch_id = ? AND %1.deleted = 0").arg(alias);
    values << branchId;
    if (isBook()) {
        condition += QStringLiteral(" AND %1.manager_id = ?").arg(alias);
        values << managerId;
    }
    return condition;
}

QString DashboardScope::customersByIndex(const QString &alias)
{
    return QStringLiteral("customer %1 INDEXED BY customer_dashboard").arg(alias);
}

bool DashboardSql::run(Store &store, const QString &sql, const QVariantList &values,
                       const std::function<void(const QSqlQuery &)> &eachRow, QString &error)
{
    QSqlQuery query(store.database());
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        error = query.lastError().text();
        qCWarning(lcDb) << "dashboard query:" << error;
        return false;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        error = query.lastError().text();
        qCWarning(lcDb) << "dashboard query:" << error;
        return false;
    }
    while (query.next())
        eachRow(query);
    return true;
}

} // namespace bd
