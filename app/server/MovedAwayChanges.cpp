#include "app/server/MovedAwayChanges.h"

#include "app/common/CustomerMoveTables.h"

#include <QJsonValue>

namespace bd {

BranchId MovedAwayChanges::route(const BranchId &pushingBranch, SyncChange &change)
{
    if (change.isTransferCopy())
        return pushingBranch;
    const bool ofCustomerRow = change.table == QLatin1String("customer");
    const QString customerId = ofCustomerRow
            ? change.rowId
            : change.fields.value(QLatin1String("customer_id")).toString();
    // A move itself (the customer row naming another branch) is filed as it is.
    const QString namesBranch = change.fields.value(QLatin1String("branch_id")).toString();
    if (customerId.isEmpty() || (ofCustomerRow && !namesBranch.isEmpty()
                                 && BranchId(namesBranch) != pushingBranch))
        return pushingBranch;
    // Only the branch the customer was moved from: no other branch writes to their rows.
    auto known = m_known.constFind(CustomerId(customerId));
    if (known == m_known.constEnd())
        known = m_known.insert(CustomerId(customerId), m_homes.of(CustomerId(customerId)));
    const std::optional<CustomerHomes::Home> &home = *known;
    if (!home || home->branchId == pushingBranch || home->previousBranchId != pushingBranch)
        return pushingBranch;
    if (!CustomerMoveTables::tables().contains(change.table)) {
        change.fields.insert(QStringLiteral("customer_id"), QJsonValue(QJsonValue::Null));
        return pushingBranch;
    }
    if (ofCustomerRow) {
        // The workstation that had not seen the move still named its own branch and manager.
        change.fields.remove(QStringLiteral("branch_id"));
        change.fields.remove(QStringLiteral("manager_id"));
    }
    return home->branchId;
}

} // namespace bd
