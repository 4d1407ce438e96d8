#include "database/workspaces/TellerDeskQueries.h"

#include "app/domain/CustomerTier.h"
#include "database/core/SensitiveColumns.h"
#include "database/core/SqlQuery.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"

#include <QFileInfo>

#include <algorithm>

namespace bd {

int TellerSessionLine::stepsDone() const
{
    return int(std::count(stepDone.begin(), stepDone.end(), true));
}

QList<TellerSessionLine> TellerDeskQueries::tellerSessions(const QString &tellerId,
                                                          const QDate &day) const
{
    QList<TellerSessionLine> lines;
    run(QStringLiteral(R"(
        SELECT s.started_at, COALESCE(c.name, ''), s.business_type, COALESCE(s.value_class, ''),
               s.greeted_at IS NOT NULL, s.asked_at IS NOT NULL, s.received_at IS NOT NULL,
               s.processed_at IS NOT NULL, s.reminded_at IS NOT NULL,
               s.recommended_at IS NOT NULL, s.seen_off_at IS NOT NULL,
               s.referral_id IS NOT NULL, COALESCE(s.rating, 0)
        FROM teller_session s LEFT JOIN customer c ON c.id = s.customer_id
        WHERE s.teller_id = ? AND s.started_at >= ? AND s.started_at < ? AND s.deleted = 0
        ORDER BY s.started_at DESC)"),
        {tellerId, SqlTime::localDayStart(day), SqlTime::localDayEnd(day)},
        [&](const SqlQuery &q) {
            TellerSessionLine line;
            line.startedAt = SqlTime::parseTimestamp(q.value(0).toString());
            line.customerName = q.value(1).toString();
            line.businessType = q.value(2).toString();
            line.valueClass = q.value(3).toString();
            for (int step = 0; step < TellerSessionLine::kSteps; ++step)
                line.stepDone[size_t(step)] = q.value(4 + step).toBool();
            line.referred = q.value(11).toBool();
            line.rating = q.value(12).toInt();
            lines.append(line);
        });
    return lines;
}

} // namespace bd
