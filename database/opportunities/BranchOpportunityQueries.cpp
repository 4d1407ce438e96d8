#include "database/opportunities/BranchOpportunityQueries.h"

#include "app/rules/OpportunityReason.h"
#include "database/core/SqlQuery.h"
#include "database/core/Store.h"

#include <QJsonDocument>

namespace bd {

namespace {
QDateTime stored(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

QString stamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

// The states the lists select on are bound from WorkStates' codes, not spelt in the SQL:
// the one mapping stays the only place that knows what a state is stored as.
QVariant bound(OpportunityStatus status)
{
    return WorkStates::code(status);
}

QVariant bound(OpportunityOutcome outcome)
{
    return WorkStates::code(outcome);
}
} // namespace

BranchOpportunityQueries::BranchOpportunityQueries(Store &store)
    : m_store(store)
{
}

Result<QList<BranchOpportunity>> BranchOpportunityQueries::read(const QString &where,
                                                                 const QString &order,
                                                                 const QVariantList &values) const
{
    // An erased customer's opportunities are tombstones. CROSS JOIN keeps the opportunities
    // outermost: left to itself the planner walked every customer of the branch and looked for
    // their opportunities (a whole-book scan per list, twice per sign-in, issue #15).
    const QString sql = QStringLiteral(
            "SELECT o.id, o.customer_id, c.name, o.rule_id, o.title_json, o.purpose, "
            "o.reason_json, o.assigned_role, o.status, o.held_reason, o.created_at, "
            "o.deadline_at, o.contact_after, o.escalated_at, COALESCE(s.display_name, '') "
            "FROM opportunity o CROSS JOIN customer c ON c.id = o.customer_id "
            "LEFT JOIN staff_user s ON s.id = o.assigned_to "
            "WHERE o.deleted = 0 AND (%1) ORDER BY %2")
            .arg(where, order);
    return SqlQuery::readAll<BranchOpportunity>(
            m_store.database(), sql, values, [](const SqlQuery &query) {
                BranchOpportunity o;
                o.id = OpportunityId(query.text(0));
                o.customerId = CustomerId(query.text(1));
                o.customerName = query.text(2);
                o.ruleId = query.text(3);
                o.title = LocalText::fromJson(
                        QJsonDocument::fromJson(query.text(4).toUtf8()).object());
                o.purpose = query.text(5);
                o.reason = OpportunityReason::text(query.text(6).toUtf8());
                o.assignedRole = query.text(7);
                o.status = WorkStates::opportunityStatus(query.text(8));
                o.heldReasons = query.text(9).split(QLatin1Char(','), Qt::SkipEmptyParts);
                o.createdAt = stored(query.text(10));
                o.deadline = stored(query.text(11));
                o.contactAfter = stored(query.text(12));
                o.escalatedAt = stored(query.text(13));
                o.assigneeName = query.text(14);
                return o;
            });
}

Result<QList<BranchOpportunity>> BranchOpportunityQueries::pool() const
{
    return read(QStringLiteral("o.status = ? AND o.assigned_role = 'pool' "
                               "AND o.assigned_to IS NULL"),
                QStringLiteral("o.created_at, o.id"), {bound(OpportunityStatus::Open)});
}

Result<QList<BranchOpportunity>> BranchOpportunityQueries::forBranchHead() const
{
    return read(QStringLiteral("o.status = ? AND o.assigned_role = 'branch_head'"),
                QStringLiteral("o.deadline_at IS NULL, o.deadline_at, o.priority DESC, o.id"),
                {bound(OpportunityStatus::Open)});
}

Result<QList<BranchOpportunity>> BranchOpportunityQueries::heldOrWaiting(const QDateTime &now) const
{
    return read(QStringLiteral("o.status = ? OR (o.status = ? "
                               "AND o.contact_after IS NOT NULL AND o.contact_after > ?)"),
                QStringLiteral("o.created_at DESC, o.id"),
                {bound(OpportunityStatus::Held), bound(OpportunityStatus::Open), stamp(now)});
}

Result<QList<BranchOpportunity>> BranchOpportunityQueries::escalated() const
{
    return read(QStringLiteral("o.status = ? AND o.escalated_at IS NOT NULL"),
                QStringLiteral("o.deadline_at, o.id"), {bound(OpportunityStatus::Open)});
}

Result<QList<RuleFigures>> BranchOpportunityQueries::perRule(const QDateTime &from) const
{
    // Times are stored as ISO text in two precisions (the rules' with milliseconds, a
    // sale's without): julianday() compares them as times. A duplicate merged into another
    // (OpportunityMerge) is not a firing of its own, and its contact is counted where it
    // moved.
    const QString sql = QStringLiteral(
            "SELECT o.rule_id, MAX(o.title_json), COUNT(*), SUM(o.status = ?), "
            "SUM(o.status <> ?), SUM(o.contacted_at IS NOT NULL AND o.deadline_at IS NOT NULL "
            "AND julianday(o.contacted_at) <= julianday(o.deadline_at)), "
            "SUM(o.outcome IN (?, ?)), SUM(o.outcome = ?), "
            "COALESCE(SUM((SELECT SUM(s.amount_fen) FROM product_sale s WHERE "
            "s.customer_id = o.customer_id AND s.deleted = 0 AND o.contacted_at IS NOT NULL "
            "AND julianday(s.sold_at) >= julianday(o.contacted_at) "
            "AND julianday(s.sold_at) < julianday(o.contacted_at) + %1)), 0) "
            "FROM opportunity o WHERE o.deleted = 0 AND o.merged_into IS NULL "
            "AND o.created_at >= ? GROUP BY o.rule_id ORDER BY o.rule_id")
            .arg(kNewAumDays);
    Result<QList<RuleFigures>> figures = SqlQuery::readAll<RuleFigures>(
            m_store.database(), sql,
            {bound(OpportunityStatus::Held), bound(OpportunityStatus::Held),
             bound(OpportunityOutcome::Interested), bound(OpportunityOutcome::Converted),
             bound(OpportunityOutcome::Converted), stamp(from)},
            [](const SqlQuery &query) {
                RuleFigures f;
                f.ruleId = query.text(0);
                f.title = LocalText::fromJson(
                        QJsonDocument::fromJson(query.text(1).toUtf8()).object());
                f.fired = query.integer(2);
                f.heldBack = query.integer(3);
                f.delivered = query.integer(4);
                f.contactedInTime = query.integer(5);
                f.interested = query.integer(6);
                f.converted = query.integer(7);
                f.newAum = Money::fromFen(query.integer64(8));
                return f;
            });
    if (!figures)
        return figures;
    // Why they were held back: one opportunity may have several reasons.
    SqlQuery why(m_store.database(),
                 QStringLiteral("SELECT rule_id, held_reason, COUNT(*) FROM opportunity WHERE "
                                "deleted = 0 AND status = ? AND merged_into IS NULL "
                                "AND created_at >= ? "
                                "GROUP BY rule_id, held_reason"));
    why.bind(bound(OpportunityStatus::Held)).bind(stamp(from));
    if (Result<> ran = why.exec(); !ran)
        return ran.error();
    while (why.next()) {
        for (RuleFigures &f : *figures) {
            if (f.ruleId != why.text(0))
                continue;
            const QStringList codes = why.text(1).split(QLatin1Char(','), Qt::SkipEmptyParts);
            for (const QString &code : codes)
                f.heldWhy[code] += why.integer(2);
        }
    }
    return figures;
}

} // namespace bd
