#include "database/workspaces/ReferralLines.h"

#include "app/domain/CustomerTier.h"
#include "database/core/SensitiveColumns.h"
#include "database/core/SqlQuery.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"

#include <QFileInfo>

#include <algorithm>

namespace bd {

namespace {

// The referral columns shared by the lobby queue and the teller's list.
const char kReferralSelect[] = R"(
    SELECT r.created_at, COALESCE(c.name, ''), r.source, r.form,
           COALESCE(b.display_name, ''), COALESCE(t.display_name, ''), r.status, r.reason,
           (SELECT COUNT(*) FROM referral_check k WHERE k.referral_id = r.id),
           r.id, COALESCE(r.customer_id, ''), r.description, r.interest,
           r.escalated_at IS NOT NULL, COALESCE(r.referred_to, ''), COALESCE(r.converted_fen, 0),
           r.estimated_fen,
           (SELECT MAX(x.at) FROM referral_transition x WHERE x.referral_id = r.id
                AND x.from_status = x.to_status AND x.deleted = 0)
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
    line.status = WorkStates::referralState(q.value(6).toString());
    line.reason = SensitiveColumns::open(store, q.value(7));
    line.checksDone = q.value(8).toInt();
    line.id = q.value(9).toString();
    line.customerId = CustomerId(q.value(10).toString());
    line.description = SensitiveColumns::open(store, q.value(11));
    line.interest = q.value(12).toString();
    line.escalated = q.value(13).toBool();
    line.referredToId = q.value(14).toString();
    line.converted = Money::fromFen(q.value(15).toLongLong());
    line.estimated = Money::fromFen(q.value(16).toLongLong());
    if (!q.value(17).isNull())
        line.seenAgainAt = SqlTime::parseTimestamp(q.value(17).toString());
    return line;
}

// The referrals not yet final, bound after the values before them: "IN (?, ?, ?, ?)".
QVariantList withOpenStates(QVariantList values)
{
    const QStringList open = WorkStates::openReferralCodes();
    values.append(QVariantList(open.cbegin(), open.cend()));
    return values;
}

QString logged()
{
    return WorkStates::code(ReferralState::Logged);
}

} // namespace
QList<ReferralLine> ReferralLines::openReferrals(const QString &branchId) const
{
    QList<ReferralLine> lines;
    run(QLatin1String(kReferralSelect)
                + QLatin1String("r.branch_id = ? AND r.status IN (?, ?, ?, ?) "
                                "ORDER BY r.created_at"),
        withOpenStates({branchId}),
        [&](const SqlQuery &q) { lines.append(referralFrom(m_store, q)); });
    return lines;
}

QList<ReferralLine> ReferralLines::referralInbox(const QString &managerId,
                                                    const QString &branchId) const
{
    QList<ReferralLine> lines;
    run(QLatin1String(kReferralSelect)
                + QLatin1String("r.branch_id = ? AND r.status IN (?, ?, ?, ?) "
                                "AND (r.referred_to = ? "
                                "OR r.escalated_at IS NOT NULL OR r.referred_to IS NULL) "
                                "ORDER BY r.status <> ?, r.created_at"),
        withOpenStates({branchId}) << managerId << logged(),
        [&](const SqlQuery &q) { lines.append(referralFrom(m_store, q)); });
    return lines;
}

int ReferralLines::newReferralCount(const QString &managerId) const
{
    return count(QStringLiteral("SELECT COUNT(*) FROM referral WHERE referred_to = ? "
                                "AND status = ? AND deleted = 0"),
                 {managerId, logged()});
}

QList<ReferralLine> ReferralLines::escalatedReferrals(const QString &branchId) const
{
    QList<ReferralLine> lines;
    run(QLatin1String(kReferralSelect)
                + QLatin1String("r.branch_id = ? AND r.escalated_at IS NOT NULL AND r.status IN "
                                "(?, ?, ?, ?) ORDER BY r.created_at"),
        withOpenStates({branchId}),
        [&](const SqlQuery &q) { lines.append(referralFrom(m_store, q)); });
    return lines;
}

QList<ReferralLine> ReferralLines::referralsMadeBy(const QString &staffId,
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

} // namespace bd
