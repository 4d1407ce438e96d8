#include "app/services/customer360/CustomerTransferService.h"

#include "app/services/core/AuditTrail.h"
#include "app/services/core/PermissionGate.h"
#include "database/core/SqlQuery.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/customer360/CustomerTransferCopy.h"
#include "database/households/HouseholdRepository.h"
#include "database/sync/ChangeRecorder.h"

namespace bd {

CustomerTransferService::CustomerTransferService(Store &store, const Session &session)
    : m_store(store)
    , m_session(session)
{
}

QList<Branch> CustomerTransferService::targetBranches() const
{
    QList<Branch> branches = BranchRepository(m_store).all();
    branches.removeIf([this](const Branch &branch) { return branch.id == m_session.branch.id; });
    return branches;
}

Result<int> CustomerTransferService::moveToBranch(const CustomerId &customerId,
                                                  const QString &targetBranchId,
                                                  const QString &reason)
{
    if (Result<> may = PermissionGate::require(m_store, m_session, Permission::TransferCustomer);
        !may)
        return may.error();
    const QString why = reason.simplified();
    if (why.isEmpty())
        return Error(tr("Give the reason for the move."));
    SqlQuery customer(m_store.database(),
                      QStringLiteral("SELECT branch_id, version, manager_id FROM customer "
                                     "WHERE id = ? AND deleted = 0"));
    customer.bind(customerId);
    if (!customer.exec() || !customer.next())
        return Error(tr("No customer has the id %1.").arg(customerId.toString()));
    const QString fromBranch = customer.text(0);
    const int version = customer.integer(1);
    const QString formerManager = customer.text(2);
    customer.finish();
    if (fromBranch != m_session.branch.id)
        return Error(tr("This customer is not kept by your branch."));
    if (targetBranchId == fromBranch)
        return Error(tr("The customer is already at that branch: choose another one."));
    const std::optional<Branch> target = BranchRepository(m_store).byId(targetBranchId);
    if (!target)
        return Error(tr("There is no branch %1 on this workstation.").arg(targetBranchId));

    Transaction transaction(m_store.database());
    SqlQuery move(m_store.database(),
                  QStringLiteral("UPDATE customer SET branch_id = ?, manager_id = NULL, "
                                 "updated_at = ?, version = version + 1 "
                                 "WHERE id = ? AND version = ?"));
    const QString now = SqlTime::now();
    move.bind(targetBranchId).bind(now).bind(customerId).bind(version);
    if (Result<> moved = move.execOnOneRow(); !moved)
        return Error(tr("The customer was not moved: %1")
                             .arg(!moved.errorString().isEmpty()
                                          ? moved.errorString()
                                          : tr("someone changed the customer meanwhile; try again")));
    // For the old branch's log: its workstations see the customer leave.
    ChangeRecorder recorder(m_store);
    const QVariantMap change{{QStringLiteral("branch_id"), targetBranchId},
                             {QStringLiteral("manager_id"), QVariant::fromValue(nullptr)},
                             {QStringLiteral("updated_at"), now}};
    if (const Result<> recorded
        = recorder.recordUpsert(QStringLiteral("customer"), customerId.toString(), change, version);
        !recorded)
        return Error(tr("The customer was not moved: %1").arg(recorded.errorString()));
    // A household is the branch's: the customer leaves it, the other members stay.
    const Result<HouseholdId> household = HouseholdRepository(m_store).leave(customerId);
    if (!household)
        return Error(tr("The customer was not moved: %1").arg(household.errorString()));
    // For the new branch's log: everything the customer takes along, as it is now.
    const Result<int> rows = CustomerTransferCopy(m_store).record(customerId, targetBranchId);
    if (!rows)
        return Error(tr("The customer was not moved: %1").arg(rows.errorString()));
    const QJsonObject detail{{QStringLiteral("from_branch"), fromBranch},
                             {QStringLiteral("to_branch"), targetBranchId},
                             {QStringLiteral("to_branch_code"), target->code},
                             {QStringLiteral("former_manager"), formerManager},
                             {QStringLiteral("reason"), why},
                             {QStringLiteral("rows"), *rows},
                             {QStringLiteral("left_household"), household->toString()}};
    const bool audited = AuditTrail(m_store).record(&m_session, QStringLiteral("customer_transfer"),
                                                    QStringLiteral("customer"), customerId.toString(), detail);
    if (const Result<> saved = audited ? transaction.commit() : Result<>(Error(QString())); !saved)
        return Error(tr("The customer was not moved: %1").arg(saved.errorString()));
    return *rows;
}

} // namespace bd
