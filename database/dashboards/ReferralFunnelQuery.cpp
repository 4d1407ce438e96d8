#include "database/dashboards/ReferralFunnelQuery.h"

#include "database/core/SqlTime.h"

#include "database/core/SqlQuery.h"

namespace bd {

Result<ReferralFunnel> ReferralFunnelQuery::funnel(const DashboardScope &scope,
                                                   const QDateTime &since) const
{
    ReferralFunnel funnel;
    QVariantList values{scope.branchId, SqlTime::timestamp(since)};
    QString sql = QStringLiteral(
            "SELECT COUNT(*), "
            "  COALESCE(SUM(r.status IN ('accepted', 'contacted', 'met', 'converted') "
            "      OR EXISTS (SELECT 1 FROM referral_transition t WHERE t.referral_id = r.id "
            "                 AND t.to_status = 'accepted' AND t.deleted = 0)), 0), "
            "  COALESCE(SUM(r.status = 'converted'), 0), "
            "  COALESCE(SUM(r.status IN ('declined', 'expired')), 0), "
            "  COALESCE(SUM(CASE WHEN r.status = 'converted' THEN r.converted_fen END), 0) "
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
