#include "app/services/customer360/CustomerTransferService.h"

#include "app/services/core/AuditTrail.h"
#include "app/services/privacy/PermissionGate.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/customer360/CustomerTransferCopy.h"
#include "database/households/HouseholdRepository.h"
#include "database/sync/ChangeRecorder.h"

#include <QSqlError>
#include <QSqlQuery>

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

CustomerTransferService::Move CustomerTransferService::moveToBranch(const QString &customerId,
                                                                    const QString &targetBranchId,
                                                                    const QString &reason)
{
    Move result;
    m_error.clear();
    if (!PermissionGate::require(m_store, m_session, Permission::TransferCustomer, &m_error))
        return result;
    const QString why = reason.simplified();
    if (why.isEmpty()) {
        m_error = tr("Give the reason for the move.");
        return result;
    }
    QSqlQuery customer(m_store.database());
    customer.prepare(QStringLiteral("SELECT branch_id, version, manager_id FROM customer "
                                    "WHERE id = ? AND deleted = 0"));
    customer.addBindValue(customerId);
    if (!customer.exec() || !customer.next()) {
        m_error = tr("No customer has the id %1.").arg(customerId);
        return result;
    }
    const QString fromBranch = customer.value(0).toString();
    const int version = customer.value(1).toInt();
    const QString formerManager = customer.value(2).toString();
    customer.finish();
    if (fromBranch != m_session.branch.id) {
        m_error = tr("This customer is not kept by your branch.");
        return result;
    }
    if (targetBranchId == fromBranch) {
        m_error = tr("The customer is already at that branch: choose another one.");
        return result;
    }
    const std::optional<Branch> target = BranchRepository(m_store).byId(targetBranchId);
    if (!target) {
        m_error = tr("There is no branch %1 on this workstation.").arg(targetBranchId);
        return result;
    }

    Transaction transaction(m_store.database());
    QSqlQuery move(m_store.database());
    move.prepare(QStringLiteral("UPDATE customer SET branch_id = ?, manager_id = NULL, "
                                "updated_at = ?, version = version + 1 "
                                "WHERE id = ? AND version = ?"));
    const QString now = SqlTime::now();
    move.addBindValue(targetBranchId);
    move.addBindValue(now);
    move.addBindValue(customerId);
    move.addBindValue(version);
    if (!move.exec() || move.numRowsAffected() != 1) {
        m_error = tr("The customer was not moved: %1")
                          .arg(move.lastError().isValid()
                                       ? move.lastError().text()
                                       : tr("someone changed the customer meanwhile; try again"));
        return result;
    }
    // For the old branch's log: its workstations see the customer leave.
    ChangeRecorder recorder(m_store);
    const QVariantMap change{{QStringLiteral("branch_id"), targetBranchId},
                             {QStringLiteral("manager_id"), QVariant::fromValue(nullptr)},
                             {QStringLiteral("updated_at"), now}};
    const Result<> recorded
            = recorder.recordUpsert(QStringLiteral("customer"), customerId, change, version);
    if (!recorded) {
        m_error = tr("The customer was not moved: %1").arg(recorded.errorString());
        return result;
    }
    // A household is the branch's: the customer leaves it, the other members stay.
    const Result<HouseholdId> household = HouseholdRepository(m_store).leave(CustomerId(customerId));
    if (!household) {
        m_error = tr("The customer was not moved: %1").arg(household.errorString());
        return result;
    }
    // For the new branch's log: everything the customer takes along, as it is now.
    CustomerTransferCopy copy(m_store);
    const int rows = copy.record(customerId, targetBranchId);
    if (rows < 0) {
        m_error = tr("The customer was not moved: %1").arg(copy.errorString());
        return result;
    }
    const QJsonObject detail{{QStringLiteral("from_branch"), fromBranch},
                             {QStringLiteral("to_branch"), targetBranchId},
                             {QStringLiteral("to_branch_code"), target->code},
                             {QStringLiteral("former_manager"), formerManager},
                             {QStringLiteral("reason"), why},
                             {QStringLiteral("rows"), rows},
                             {QStringLiteral("left_household"), household->toString()}};
    if (!AuditTrail(m_store).record(&m_session, QStringLiteral("customer_transfer"),
                                    QStringLiteral("customer"), customerId, detail)
        || !transaction.commit()) {
        m_error = tr("The customer was not moved: %1").arg(transaction.errorString());
        return result;
    }
    result.ok = true;
    result.rowsCopied = rows;
    return result;
}

} // namespace bd
