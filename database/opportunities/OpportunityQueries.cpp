#include "database/opportunities/OpportunityQueries.h"

#include "app/domain/WorkStates.h"
#include "app/rules/OpportunityReason.h"
#include "database/core/SqlQuery.h"
#include "database/core/Store.h"

#include <QJsonDocument>

namespace bd {

OpportunityQueries::OpportunityQueries(Store &store)
    : m_store(store)
{
}

Result<QList<OpenOpportunity>> OpportunityQueries::openFor(const StaffId &staff,
                                                           bool branchHead) const
{
    // An erased customer's opportunities are tombstones; a held one is not anyone's yet.
    // CROSS JOIN keeps the opportunities outermost (the planner walked every customer, #15).
    SqlQuery query(m_store.database(),
                   QStringLiteral(
                           "SELECT o.id, o.customer_id, c.name, c.cif_no, o.rule_id, o.title_json, "
                           "o.purpose, o.reason_json, o.assigned_role, o.priority, o.created_at, "
                           "o.deadline_at, o.escalated_at IS NOT NULL FROM opportunity o CROSS JOIN customer c "
                           "ON c.id = o.customer_id WHERE o.deleted = 0 AND o.status = ? AND "
                           "(o.assigned_to = ? OR (? AND o.assigned_role IN ('branch_head', "
                           "'pool')) OR o.escalated_at IS NOT NULL) "
                           "ORDER BY o.deadline_at IS NULL, o.deadline_at, o.priority DESC, o.id"));
    query.bind(WorkStates::code(OpportunityStatus::Open)).bind(staff).bind(branchHead ? 1 : 0);
    if (Result<> ran = query.exec(); !ran)
        return ran.error();
    QList<OpenOpportunity> found;
    while (query.next()) {
        OpenOpportunity o;
        o.id = OpportunityId(query.text(0));
        o.customerId = CustomerId(query.text(1));
        o.customerName = query.text(2);
        o.cifNo = query.text(3);
        o.ruleId = query.text(4);
        o.title = LocalText::fromJson(QJsonDocument::fromJson(query.text(5).toUtf8()).object());
        o.purpose = query.text(6);
        o.reason = OpportunityReason::text(query.text(7).toUtf8());
        o.assignedRole = query.text(8);
        o.priority = query.integer(9);
        o.createdAt = QDateTime::fromString(query.text(10), Qt::ISODateWithMs);
        o.deadline = QDateTime::fromString(query.text(11), Qt::ISODateWithMs);
        o.escalated = query.value(12).toBool();
        found << o;
    }
    return found;
}

} // namespace bd
