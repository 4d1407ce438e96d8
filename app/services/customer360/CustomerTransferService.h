#pragma once

#include "app/domain/Ids.h"
#include "app/services/core/Session.h"
#include "database/staff/BranchRepository.h"

#include <QCoreApplication>
#include <QList>

namespace bd {

class Store;

// Moving a customer to another branch (issue #7): the customer's branch changes, their
// manager assignment is cleared (a manager of the old branch cannot own them), and full
// copies of their rows go to the new branch's workstations through the server, all in
// one transaction with the audit entry. The old branch's workstations drop the customer
// at their next sync (SyncEngine). Needs TransferCustomer and a reason.
class CustomerTransferService
{
    Q_DECLARE_TR_FUNCTIONS(CustomerTransferService)

public:
    CustomerTransferService(Store &store, const Session &session);

    // The branches a customer of this branch can move to (every known branch but this one).
    QList<Branch> targetBranches() const;

    // The rows sent to the new branch, the customer row included.
    Result<int> moveToBranch(const CustomerId &customerId, const QString &targetBranchId,
                             const QString &reason);

private:
    Store &m_store;
    const Session &m_session;
};

} // namespace bd
