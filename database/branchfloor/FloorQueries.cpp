#include "database/branchfloor/FloorQueries.h"

#include "app/domain/WorkStateCodes.h"
#include "database/core/SqlTime.h"
#include "database/core/SqlQuery.h"
#include "database/core/Store.h"


namespace bd {

FloorQueries::FloorQueries(Store &store)
    : m_store(store)
{
}

QList<ManagerAvailability> FloorQueries::wealthManagers(const QString &branchId,
                                                        const QDateTime &nowUtc) const
{
    QList<ManagerAvailability> result;
    // Busy: with a customer of a record form not yet met; the states are bound, not spelt.
    using enum ReferralState;
    SqlQuery q(m_store.database(), QStringLiteral(R"(
        SELECT u.id, u.display_name,
               EXISTS (SELECT 1 FROM referral r WHERE r.referred_to = u.id AND r.form = 'record'
                       AND r.status IN (?, ?, ?) AND r.deleted = 0
                       AND r.created_at >= ?),
               (SELECT COUNT(*) FROM referral r WHERE r.referred_to = u.id AND r.deleted = 0
                AND r.status IN (?, ?, ?, ?))
        FROM staff_user u
        WHERE u.branch_id = ? AND u.role = 'wealth_manager' AND u.active = 1 AND u.deleted = 0
        ORDER BY u.display_name)"));
    for (const QVariant &busy : WorkStates::codeValues({Logged, Accepted, Contacted}))
        q.bind(busy);
    q.bind(SqlTime::timestamp(nowUtc.addSecs(-45 * 60)));
    for (const QString &open : WorkStates::openReferralCodes())
        q.bind(open);
    q.bind(branchId);
    if (!q.select())
        return result;
    while (q.next())
        result.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toBool(),
                       q.value(3).toInt()});
    return result;
}

QList<ReferralDayLine> FloorQueries::referralDays(const QString &branchId, const QDate &from,
                                                  const QDate &until) const
{
    QList<ReferralDayLine> result;
    SqlQuery q(m_store.database());
    // Days are local calendar days: group in C++ after reading the UTC stamps.
    // Accepted: reached accepted or beyond, or passed through accepted on its way to an end.
    using enum ReferralState;
    q.prepare(QStringLiteral(R"(
        SELECT r.created_at, r.referred_by, COALESCE(u.display_name, ''), COALESCE(u.role, ''),
               r.status IN (?, ?, ?, ?)
                   OR EXISTS (SELECT 1 FROM referral_transition x WHERE x.referral_id = r.id
                              AND x.to_status = ?),
               r.status = ?, COALESCE(r.converted_fen, 0)
        FROM referral r LEFT JOIN staff_user u ON u.id = r.referred_by
        WHERE r.branch_id = ? AND r.deleted = 0 AND r.created_at >= ? AND r.created_at < ?
        ORDER BY r.created_at)"));
    for (const QVariant &state : WorkStates::codeValues({Accepted, Contacted, Met, Converted,
                                                         Accepted, Converted}))
        q.bind(state);
    q.bind(branchId);
    q.bind(SqlTime::localDayStart(from));
    q.bind(SqlTime::localDayEnd(until));
    if (!q.select())
        return result;
    while (q.next()) {
        const QDate day = SqlTime::parseTimestamp(q.value(0).toString()).toLocalTime().date();
        const QString staffId = q.value(1).toString();
        auto it = std::find_if(result.begin(), result.end(), [&](const ReferralDayLine &line) {
            return line.day == day && line.staffId == staffId;
        });
        if (it == result.end()) {
            result.append({day, staffId, q.value(2).toString(), q.value(3).toString()});
            it = result.end() - 1;
        }
        ++it->logged;
        it->accepted += q.value(4).toBool() ? 1 : 0;
        it->converted += q.value(5).toBool() ? 1 : 0;
        it->convertedAum += Money::fromFen(q.value(6).toLongLong());
    }
    return result;
}

QList<TellerAdherenceLine> FloorQueries::tellerAdherence(const QString &branchId,
                                                         const QDate &from,
                                                         const QDate &until) const
{
    QList<TellerAdherenceLine> result;
    SqlQuery q(m_store.database(), QStringLiteral(R"(
        SELECT u.display_name, COUNT(s.id),
               SUM(s.greeted_at IS NOT NULL), SUM(s.asked_at IS NOT NULL),
               SUM(s.received_at IS NOT NULL), SUM(s.processed_at IS NOT NULL),
               SUM(s.reminded_at IS NOT NULL), SUM(s.recommended_at IS NOT NULL),
               SUM(s.seen_off_at IS NOT NULL),
               SUM(s.greeted_at IS NOT NULL AND s.asked_at IS NOT NULL
                   AND s.received_at IS NOT NULL AND s.processed_at IS NOT NULL
                   AND s.reminded_at IS NOT NULL AND s.recommended_at IS NOT NULL
                   AND s.seen_off_at IS NOT NULL),
               SUM(s.referral_id IS NOT NULL), COALESCE(AVG(s.rating), 0)
        FROM teller_session s JOIN staff_user u ON u.id = s.teller_id
        WHERE s.branch_id = ? AND s.deleted = 0 AND s.started_at >= ? AND s.started_at < ?
        GROUP BY u.id ORDER BY u.display_name)"));
    q.bind(branchId);
    q.bind(SqlTime::localDayStart(from));
    q.bind(SqlTime::localDayEnd(until));
    if (!q.select())
        return result;
    while (q.next()) {
        TellerAdherenceLine line;
        line.tellerName = q.value(0).toString();
        line.sessions = q.value(1).toInt();
        for (int step = 0; step < 7; ++step) {
            line.perStep[step] = q.value(2 + step).toInt();
            line.stepTotal += line.perStep[step];
        }
        line.allSteps = q.value(9).toInt();
        line.referrals = q.value(10).toInt();
        line.averageRating = q.value(11).toDouble();
        result.append(line);
    }
    return result;
}

} // namespace bd
