#include "database/opportunities/OpportunityAssignmentRepository.h"

#include "app/domain/WorkStates.h"
#include "database/core/SqlQuery.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/sync/ChangeRecorder.h"

namespace bd {

OpportunityAssignmentRepository::OpportunityAssignmentRepository(Store &store)
    : m_store(store)
{
}

Result<> OpportunityAssignmentRepository::assign(const OpportunityId &id, const StaffId &manager)
{
    SqlQuery pooled(m_store.database(),
                    QStringLiteral("SELECT version FROM opportunity WHERE id = ? AND deleted = 0 "
                                   "AND status = ? AND assigned_role = 'pool' "
                                   "AND assigned_to IS NULL"));
    pooled.bind(id).bind(WorkStates::code(OpportunityStatus::Open));
    if (Result<> ran = pooled.exec(); !ran)
        return ran.error();
    if (!pooled.next())
        return Error(QStringLiteral("no open opportunity %1 in the branch pool").arg(id.toString()));
    const int version = pooled.integer(0);
    pooled.finish();
    SqlQuery update(m_store.database(),
                    QStringLiteral("UPDATE opportunity SET assigned_to = ?, assigned_role = "
                                   "'manager', updated_at = ?, version = version + 1 "
                                   "WHERE id = ? AND version = ?"));
    update.bind(manager).bind(SqlTime::now()).bind(id).bind(QVariant(version));
    if (Result<> ran = update.execOnOneRow(); !ran)
        return ran.error();
    const QVariantMap fields{{QStringLiteral("assigned_to"), manager.toString()},
                             {QStringLiteral("assigned_role"), QStringLiteral("manager")}};
    return ChangeRecorder(m_store).recordUpsert(QStringLiteral("opportunity"), id.toString(),
                                                fields, version);
}

Result<bool> OpportunityAssignmentRepository::isActiveManager(const StaffId &staff,
                                                              const BranchId &branch) const
{
    SqlQuery query(m_store.database(),
                   QStringLiteral("SELECT 1 FROM staff_user WHERE id = ? AND branch_id = ? "
                                  "AND role = 'wealth_manager' AND active = 1 AND deleted = 0"));
    query.bind(staff).bind(branch);
    if (Result<> ran = query.exec(); !ran)
        return ran.error();
    return query.next();
}

} // namespace bd
