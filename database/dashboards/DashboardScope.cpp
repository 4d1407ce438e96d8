#include "database/dashboards/DashboardScope.h"

#include "database/core/DatabaseLogging.h"
#include "database/core/SqlQuery.h"
#include "database/core/Store.h"


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

QString DashboardScope::figureCondition(QVariantList &values) const
{
    values << branchId;
    if (!isBook())
        return QStringLiteral("branch_id = ?");
    values << managerId;
    return QStringLiteral("branch_id = ? AND manager_id = ?");
}

QString DashboardScope::customersByIndex(const QString &alias)
{
    return QStringLiteral("customer %1 INDEXED BY customer_dashboard").arg(alias);
}

Result<> DashboardSql::run(Store &store, const QString &sql, const QVariantList &values,
                           const std::function<void(const SqlQuery &)> &eachRow)
{
    SqlQuery query(store.database());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.bind(value);
    if (Result<> ran = query.exec(); !ran) {
        qCWarning(lcDb) << "dashboard query:" << ran.errorString();
        return ran;
    }
    while (query.next())
        eachRow(query);
    return {};
}

} // namespace bd
