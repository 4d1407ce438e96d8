#include "database/dashboards/ReferralFunnelQuery.h"

#include "app/domain/WorkStateCodes.h"
#include "database/core/SqlQuery.h"
#include "database/core/SqlTime.h"

namespace bd {

Result<ReferralFunnel> ReferralFunnelQuery::funnel(const DashboardScope &scope,
                                                   const QDateTime &since) const
{
    ReferralFunnel funnel;
    // The states counted are bound in the order of their placeholders, not spelt in the SQL.
    using enum ReferralState;
    QVariantList values = WorkStates::codeValues({Accepted, Contacted, Met, Converted, Accepted,
                                                  Converted, Declined, Expired, Converted});
    values << scope.branchId << SqlTime::timestamp(since);
    QString sql = QStringLiteral(
            "SELECT COUNT(*), "
            "  COALESCE(SUM(r.status IN (?, ?, ?, ?) "
            "      OR EXISTS (SELECT 1 FROM referral_transition t WHERE t.referral_id = r.id "
            "                 AND t.to_status = ? AND t.deleted = 0)), 0), "
            "  COALESCE(SUM(r.status = ?), 0), "
            "  COALESCE(SUM(r.status IN (?, ?)), 0), "
            "  COALESCE(SUM(CASE WHEN r.status = ? THEN r.converted_fen END), 0) "
            "FROM referral r WHERE r.branch_id = ? AND r.deleted = 0 AND r.created_at >= ?");
    if (scope.isBook()) {
        sql += QStringLiteral(" AND r.referred_to = ?");
        values << scope.managerId;
    }
    const Result<> ran = DashboardSql::run(m_store, sql, values, [&](const SqlQuery &q) {
        funnel.made = q.value(0).toInt();
        funnel.accepted = q.value(1).toInt();
        funnel.completed = q.value(2).toInt();
        funnel.notCompleted = q.value(3).toInt();
        funnel.converted = Money::fromFen(q.value(4).toLongLong());
    });
    if (!ran)
        return ran.error();
    return funnel;
}

} // namespace bd
