#include "database/workspaces/LobbyDeskQueries.h"

#include "app/domain/CustomerTier.h"
#include "database/core/SensitiveColumns.h"
#include "database/core/SqlQuery.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"

#include <QFileInfo>

#include <algorithm>

namespace bd {

QList<LobbyVisitLine> LobbyDeskQueries::lobbyVisits(const QString &branchId,
                                                    const QDate &day) const
{
    QList<LobbyVisitLine> lines;
    run(QStringLiteral(R"(
        SELECT v.entered_at, v.ticket_no, COALESCE(c.name, ''), v.description, v.value_class,
               v.moment, v.business_type, v.route
        FROM lobby_visit v LEFT JOIN customer c ON c.id = v.customer_id
        WHERE v.branch_id = ? AND v.entered_at >= ? AND v.entered_at < ? AND v.deleted = 0
        ORDER BY v.entered_at DESC)"),
        {branchId, SqlTime::localDayStart(day), SqlTime::localDayEnd(day)},
        [&](const SqlQuery &q) {
            lines.append({SqlTime::parseTimestamp(q.value(0).toString()), q.value(1).toString(),
                          q.value(2).toString(), SensitiveColumns::open(m_store, q.value(3)),
                          q.value(4).toString(), q.value(5).toString(), q.value(6).toString(),
                          q.value(7).toString()});
        });
    return lines;
}

ValueClassCounts LobbyDeskQueries::visitCounts(const QString &branchId, const QDate &day) const
{
    ValueClassCounts counts;
    run(QStringLiteral(R"(
        SELECT value_class, COUNT(*) FROM lobby_visit
        WHERE branch_id = ? AND entered_at >= ? AND entered_at < ? AND deleted = 0
        GROUP BY value_class)"),
        {branchId, SqlTime::localDayStart(day), SqlTime::localDayEnd(day)},
        [&](const SqlQuery &q) {
            const QString valueClass = q.value(0).toString();
            const int n = q.value(1).toInt();
            if (valueClass == QLatin1String("vip"))
                counts.vip = n;
            else if (valueClass == QLatin1String("potential_vip"))
                counts.potentialVip = n;
            else
                counts.ordinary += n;
        });
    return counts;
}

} // namespace bd
