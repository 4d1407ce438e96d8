#pragma once

#include "app/domain/Result.h"

#include <QString>
#include <QVariantList>

#include <functional>

namespace bd {

class SqlQuery;
class Store;

// Whose customers a dashboard figure counts: a branch, or one manager's book in it.
// The scope is a filter, not a permission: DashboardService decides who may ask for which.
struct DashboardScope
{
    QString branchId;
    QString managerId; // empty: the whole branch

    bool isBook() const { return !managerId.isEmpty(); }
    // "c.branch_id = ? AND c.deleted = 0 [AND c.manager_id = ?]" for a customer alias `c`,
    // with its values appended to `values`.
    QString customerCondition(const QString &alias, QVariantList &values) const;
    // "customer c INDEXED BY customer_dashboard": for figures that walk the scope's customers
    // (the planner, without statistics, would take the wider customer_branch_aum).
    static QString customersByIndex(const QString &alias);
    // "branch_id = ? [AND manager_id = ?]" for customer_figure (migration 0033: the scope's
    // live customers counted per tier and stage, kept by triggers) and kyc_field_figure
    // (0035: their live KYC answers per question), values appended.
    QString figureCondition(QVariantList &values) const;
};

namespace DashboardSql {
// Runs one bound, forward-only SELECT, handing each row over; a failure is logged too.
Result<> run(Store &store, const QString &sql, const QVariantList &values,
             const std::function<void(const SqlQuery &)> &eachRow);
} // namespace DashboardSql

} // namespace bd
