#include "database/workspaces/WorkspaceQueries.h"

#include "app/domain/CustomerTier.h"
#include "database/core/DatabaseLogging.h"
#include "database/core/SensitiveColumns.h"
#include "database/core/SqlQuery.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"

#include <QFileInfo>

#include <algorithm>

namespace bd {

namespace {

QDate dateOf(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

// The referral columns shared by the lobby queue and the teller's list.
const char kReferralSelect[] = R"(
    SELECT r.created_at, COALESCE(c.name, ''), r.source, r.form,
           COALESCE(b.display_name, ''), COALESCE(t.display_name, ''), r.status, r.reason,
           (SELECT COUNT(*) FROM referral_check k WHERE k.referral_id = r.id),
           r.id, COALESCE(r.customer_id, ''), r.description, r.interest,
           r.escalated_at IS NOT NULL, COALESCE(r.referred_to, ''), COALESCE(r.converted_fen, 0),
           r.estimated_fen
    FROM referral r
    LEFT JOIN customer c ON c.id = r.customer_id
    LEFT JOIN staff_user b ON b.id = r.referred_by
    LEFT JOIN staff_user t ON t.id = r.referred_to
    WHERE r.deleted = 0 AND )";

ReferralLine referralFrom(const Store &store, const SqlQuery &q)
{
    ReferralLine line;
    line.createdAt = SqlTime::parseTimestamp(q.value(0).toString());
    line.customerName = q.value(1).toString();
    line.source = q.value(2).toString();
    line.form = q.value(3).toString();
    line.referredByName = q.value(4).toString();
    line.referredToName = q.value(5).toString();
    line.status = q.value(6).toString();
    line.reason = SensitiveColumns::open(store, q.value(7));
    line.checksDone = q.value(8).toInt();
    line.id = q.value(9).toString();
    line.customerId = q.value(10).toString();
    line.description = SensitiveColumns::open(store, q.value(11));
    line.interest = q.value(12).toString();
    line.escalated = q.value(13).toBool();
    line.referredToId = q.value(14).toString();
    line.convertedFen = q.value(15).toLongLong();
    line.estimatedFen = q.value(16).toLongLong();
    return line;
}

} // namespace

int TellerSessionLine::stepsDone() const
{
    return int(std::count(stepDone.begin(), stepDone.end(), true));
}

WorkspaceQueries::WorkspaceQueries(Store &store)
    : m_store(store)
{
}

void WorkspaceQueries::run(const QString &sql, const QVariantList &values,
                           const std::function<void(const SqlQuery &)> &eachRow) const
{
    SqlQuery::selectEach(m_store.database(), sql, values, eachRow);
}

int WorkspaceQueries::count(const QString &sql, const QVariantList &values) const
{
    int result = 0;
    run(sql, values, [&](const SqlQuery &q) { result = q.value(0).toInt(); });
    return result;
}

QList<LobbyVisitLine> WorkspaceQueries::lobbyVisits(const QString &branchId,
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

ValueClassCounts WorkspaceQueries::visitCounts(const QString &branchId, const QDate &day) const
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

QList<ReferralLine> WorkspaceQueries::openReferrals(const QString &branchId) const
{
    QList<ReferralLine> lines;
    run(QLatin1String(kReferralSelect)
                + QLatin1String("r.branch_id = ? AND r.status IN ('logged', 'accepted', 'contacted', 'met') "
                                "ORDER BY r.created_at"),
        {branchId}, [&](const SqlQuery &q) { lines.append(referralFrom(m_store, q)); });
    return lines;
}

QList<ReferralLine> WorkspaceQueries::referralInbox(const QString &managerId,
                                                    const QString &branchId) const
{
    QList<ReferralLine> lines;
    run(QLatin1String(kReferralSelect)
                + QLatin1String("r.branch_id = ? AND r.status IN ('logged', 'accepted', "
                                "'contacted', 'met') AND (r.referred_to = ? "
                                "OR r.escalated_at IS NOT NULL OR r.referred_to IS NULL) "
                                "ORDER BY r.status <> 'logged', r.created_at"),
        {branchId, managerId}, [&](const SqlQuery &q) { lines.append(referralFrom(m_store, q)); });
    return lines;
}

int WorkspaceQueries::newReferralCount(const QString &managerId) const
{
    return count(QStringLiteral("SELECT COUNT(*) FROM referral WHERE referred_to = ? "
                                "AND status = 'logged' AND deleted = 0"),
                 {managerId});
}

QList<ReferralLine> WorkspaceQueries::escalatedReferrals(const QString &branchId) const
{
    QList<ReferralLine> lines;
    run(QLatin1String(kReferralSelect)
                + QLatin1String("r.branch_id = ? AND r.escalated_at IS NOT NULL AND r.status IN "
                                "('logged', 'accepted', 'contacted', 'met') ORDER BY r.created_at"),
        {branchId}, [&](const SqlQuery &q) { lines.append(referralFrom(m_store, q)); });
    return lines;
}

QList<ReferralLine> WorkspaceQueries::referralsMadeBy(const QString &staffId,
                                                      const QDate &day) const
{
    QList<ReferralLine> lines;
    run(QLatin1String(kReferralSelect)
                + QLatin1String("r.referred_by = ? AND r.created_at >= ? AND r.created_at < ? "
                                "ORDER BY r.created_at DESC"),
        {staffId, SqlTime::localDayStart(day), SqlTime::localDayEnd(day)},
        [&](const SqlQuery &q) { lines.append(referralFrom(m_store, q)); });
    return lines;
}

QList<TellerSessionLine> WorkspaceQueries::tellerSessions(const QString &tellerId,
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

QList<CallTaskLine> WorkspaceQueries::openCallTasks(const QString &staffId, int limit) const
{
    QList<CallTaskLine> lines;
    run(QStringLiteral(R"(
        SELECT t.customer_id, c.name, c.tier, c.aum_fen, t.rank_score, t.reason, t.due_on, l.name
        FROM call_task t
        JOIN customer c ON c.id = t.customer_id
        JOIN call_list l ON l.id = t.call_list_id
        WHERE t.assigned_to = ? AND t.status = 'open' AND t.deleted = 0
        ORDER BY t.rank_score DESC, t.due_on LIMIT ?)"),
        {staffId, limit}, [&](const SqlQuery &q) {
            CallTaskLine line;
            line.customerId = q.value(0).toString();
            line.customerName = q.value(1).toString();
            line.tier = q.value(2).toString();
            line.aumFen = q.value(3).toLongLong();
            line.rankScore = q.value(4).toInt();
            line.reason = SensitiveColumns::open(m_store, q.value(5));
            line.dueOn = dateOf(q.value(6));
            line.listName = q.value(7).toString();
            lines.append(line);
        });
    return lines;
}

QList<CareTaskLine> WorkspaceQueries::careTasksDue(const QString &staffId,
                                                   const QDate &until) const
{
    QList<CareTaskLine> lines;
    run(QStringLiteral(R"(
        SELECT c.name, k.kind, k.due_on, k.note
        FROM care_task k JOIN customer c ON c.id = k.customer_id
        WHERE k.staff_id = ? AND k.status = 'open' AND k.due_on <= ? AND k.deleted = 0
        ORDER BY k.due_on LIMIT 500)"),
        {staffId, SqlTime::date(until)}, [&](const SqlQuery &q) {
            lines.append({q.value(0).toString(), q.value(1).toString(), dateOf(q.value(2)),
                          SensitiveColumns::open(m_store, q.value(3))});
        });
    return lines;
}

QList<MoneyArrivalLine> WorkspaceQueries::moneyArriving(const QString &managerId,
                                                        const QDate &from,
                                                        const QDate &until) const
{
    QList<MoneyArrivalLine> lines;
    const QString first = SqlTime::date(from);
    const QString last = SqlTime::date(until);
    run(QStringLiteral(R"(
        SELECT h.maturity_date, c.name, 'maturity', h.product_name, h.amount_fen
        FROM holding h JOIN customer c ON c.id = h.customer_id
        WHERE c.manager_id = ? AND h.status = 'active' AND h.deleted = 0
          AND h.product_family <> 'loan' AND h.maturity_date BETWEEN ? AND ?
        UNION ALL
        SELECT f.expected_on, c.name, f.source, f.note, f.amount_fen
        FROM fund_arrival f JOIN customer c ON c.id = f.customer_id
        WHERE c.manager_id = ? AND f.status = 'expected' AND f.deleted = 0
          AND f.expected_on BETWEEN ? AND ?
          AND NOT (f.source = 'maturity' AND EXISTS (
              SELECT 1 FROM holding m WHERE m.customer_id = f.customer_id
              AND m.maturity_date = f.expected_on AND m.status = 'active' AND m.deleted = 0))
        ORDER BY 1, 5 DESC LIMIT 500)"),
        {managerId, first, last, managerId, first, last}, [&](const SqlQuery &q) {
            // A product name (plain) or a fund arrival's note (sealed): open() takes both.
            lines.append({dateOf(q.value(0)), q.value(1).toString(), q.value(2).toString(),
                          SensitiveColumns::open(m_store, q.value(3)), q.value(4).toLongLong()});
        });
    return lines;
}

BookFigures WorkspaceQueries::bookFigures(const QString &managerId) const
{
    BookFigures figures;
    run(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(aum_fen), 0) FROM customer "
                       "WHERE manager_id = ? AND deleted = 0"),
        {managerId}, [&](const SqlQuery &q) {
            figures.customers = q.value(0).toInt();
            figures.aumFen = q.value(1).toLongLong();
        });
    return figures;
}

QHash<QString, QDate> WorkspaceQueries::nextMaturities(const QString &managerId,
                                                       const QDate &from) const
{
    QHash<QString, QDate> next;
    run(QStringLiteral(R"(
        SELECT h.customer_id, MIN(h.maturity_date)
        FROM holding h JOIN customer c ON c.id = h.customer_id
        WHERE c.manager_id = ? AND h.status = 'active' AND h.deleted = 0
          AND h.product_family <> 'loan' AND h.maturity_date >= ?
        GROUP BY h.customer_id)"),
        {managerId, SqlTime::date(from)},
        [&](const SqlQuery &q) { next.insert(q.value(0).toString(), dateOf(q.value(1))); });
    return next;
}

QList<StaffFigureLine> WorkspaceQueries::staffFigures(const QString &branchId) const
{
    QList<StaffFigureLine> lines;
    run(QStringLiteral(R"(
        SELECT u.username, u.display_name, u.role,
               (SELECT COUNT(*) FROM customer c WHERE c.manager_id = u.id AND c.deleted = 0),
               (SELECT COUNT(*) FROM call_task t
                WHERE t.assigned_to = u.id AND t.status = 'open' AND t.deleted = 0),
               (SELECT COUNT(*) FROM referral r WHERE r.referred_to = u.id
                AND r.status IN ('logged', 'accepted', 'contacted', 'met') AND r.deleted = 0)
        FROM staff_user u
        WHERE u.branch_id = ? AND u.deleted = 0 AND u.active = 1
        ORDER BY CASE u.role WHEN 'branch_head' THEN 0 WHEN 'wealth_manager' THEN 1
                 WHEN 'lobby_manager' THEN 2 WHEN 'teller' THEN 3 ELSE 4 END,
                 u.display_name)"),
        {branchId}, [&](const SqlQuery &q) {
            lines.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                          q.value(3).toInt(), q.value(4).toInt(), q.value(5).toInt()});
        });
    return lines;
}

QMap<QString, int> WorkspaceQueries::customersPerTier(const QString &branchId) const
{
    QMap<QString, int> counts;
    run(QStringLiteral("SELECT tier, COUNT(*) FROM customer "
                       "WHERE branch_id = ? AND deleted = 0 GROUP BY tier"),
        {branchId},
        [&](const SqlQuery &q) { counts.insert(q.value(0).toString(), q.value(1).toInt()); });
    return counts;
}

BranchFigures WorkspaceQueries::branchFigures(const QString &branchId, const QDate &day) const
{
    BranchFigures figures;
    run(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(aum_fen), 0) FROM customer "
                       "WHERE branch_id = ? AND deleted = 0"),
        {branchId}, [&](const SqlQuery &q) {
            figures.customers = q.value(0).toInt();
            figures.aumFen = q.value(1).toLongLong();
        });
    const QMap<QString, int> tiers = customersPerTier(branchId);
    for (auto it = tiers.cbegin(); it != tiers.cend(); ++it) {
        if (Tiers::isVip(Tiers::fromCode(it.key())))
            figures.vipCustomers += it.value();
    }
    figures.openReferrals = count(
            QStringLiteral("SELECT COUNT(*) FROM referral WHERE branch_id = ? AND deleted = 0 "
                           "AND status IN ('logged', 'accepted', 'contacted', 'met')"),
            {branchId});
    figures.visitsToday = count(
            QStringLiteral("SELECT COUNT(*) FROM lobby_visit WHERE branch_id = ? AND deleted = 0 "
                           "AND entered_at >= ? AND entered_at < ?"),
            {branchId, SqlTime::localDayStart(day), SqlTime::localDayEnd(day)});
    return figures;
}

StoreFigures WorkspaceQueries::storeFigures() const
{
    StoreFigures figures;
    figures.schemaVersion = m_store.schemaVersion();
    figures.fileBytes = QFileInfo(m_store.path()).size()
            + QFileInfo(m_store.path() + QLatin1String("-wal")).size();
    figures.pendingChanges = count(
            QStringLiteral("SELECT COUNT(*) FROM sync_outbox WHERE pushed_at IS NULL"), {});
    figures.auditEntries = count(QStringLiteral("SELECT COUNT(*) FROM audit_log"), {});
    return figures;
}

QList<AuditLine> WorkspaceQueries::latestAudit(int limit) const
{
    QList<AuditLine> lines;
    run(QStringLiteral("SELECT seq, occurred_at, actor_name, action, entity FROM audit_log "
                       "ORDER BY seq DESC LIMIT ?"),
        {limit}, [&](const SqlQuery &q) {
            lines.append({q.value(0).toLongLong(),
                          SqlTime::parseTimestamp(q.value(1).toString()), q.value(2).toString(),
                          q.value(3).toString(), q.value(4).toString()});
        });
    return lines;
}

} // namespace bd
