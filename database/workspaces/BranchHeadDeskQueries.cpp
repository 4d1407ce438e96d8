#include "database/workspaces/BranchHeadDeskQueries.h"

#include "app/domain/CustomerTier.h"
#include "app/domain/WorkStates.h"
#include "database/core/SensitiveColumns.h"
#include "database/core/SqlQuery.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"

#include <QFileInfo>

#include <algorithm>

namespace bd {

namespace {
// The states counted are bound from WorkStates' codes, not spelt in the SQL: an open call
// task, and the referrals not yet final (four codes, for "IN (?, ?, ?, ?)").
QVariantList openReferralValues()
{
    const QStringList open = WorkStates::openReferralCodes();
    return QVariantList(open.cbegin(), open.cend());
}
} // namespace

QList<StaffFigureLine> BranchHeadDeskQueries::staffFigures(const QString &branchId) const
{
    QList<StaffFigureLine> lines;
    run(QStringLiteral(R"(
        SELECT u.username, u.display_name, u.role,
               (SELECT COALESCE(SUM(f.customers), 0) FROM customer_figure f
                WHERE f.manager_id = u.id),
               (SELECT COUNT(*) FROM call_task t
                WHERE t.assigned_to = u.id AND t.status = ? AND t.deleted = 0),
               (SELECT COUNT(*) FROM referral r WHERE r.referred_to = u.id
                AND r.status IN (?, ?, ?, ?) AND r.deleted = 0)
        FROM staff_user u
        WHERE u.branch_id = ? AND u.deleted = 0 AND u.active = 1
        ORDER BY CASE u.role WHEN 'branch_head' THEN 0 WHEN 'wealth_manager' THEN 1
                 WHEN 'lobby_manager' THEN 2 WHEN 'teller' THEN 3 ELSE 4 END,
                 u.display_name)"),
        QVariantList{WorkStates::code(CallTaskStatus::Open)} << openReferralValues() << branchId,
        [&](const SqlQuery &q) {
            lines.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                          q.value(3).toInt(), q.value(4).toInt(), q.value(5).toInt()});
        });
    return lines;
}

BranchFigures BranchHeadDeskQueries::branchFigures(const QString &branchId, const QDate &day) const
{
    // Customers, AUM and VIPs from the kept counts (customer_figure, migration 0033): a few
    // dozen rows instead of the whole book.
    BranchFigures figures;
    run(QStringLiteral("SELECT tier, SUM(customers), SUM(aum_fen) FROM customer_figure "
                       "WHERE branch_id = ? GROUP BY tier"),
        {branchId}, [&](const SqlQuery &q) {
            const int customers = q.value(1).toInt();
            figures.customers += customers;
            figures.aum += Money::fromFen(q.value(2).toLongLong());
            if (Tiers::isVip(Tiers::fromCode(q.value(0).toString())))
                figures.vipCustomers += customers;
        });
    figures.openReferrals = count(
            QStringLiteral("SELECT COUNT(*) FROM referral WHERE branch_id = ? AND deleted = 0 "
                           "AND status IN (?, ?, ?, ?)"),
            QVariantList{branchId} << openReferralValues());
    figures.visitsToday = count(
            QStringLiteral("SELECT COUNT(*) FROM lobby_visit WHERE branch_id = ? AND deleted = 0 "
                           "AND entered_at >= ? AND entered_at < ?"),
            {branchId, SqlTime::localDayStart(day), SqlTime::localDayEnd(day)});
    return figures;
}

QMap<QString, int> BranchHeadDeskQueries::customersPerTier(const QString &branchId) const
{
    QMap<QString, int> counts;
    run(QStringLiteral("SELECT tier, SUM(customers) FROM customer_figure "
                       "WHERE branch_id = ? GROUP BY tier"),
        {branchId},
        [&](const SqlQuery &q) { counts.insert(q.value(0).toString(), q.value(1).toInt()); });
    return counts;
}

} // namespace bd
