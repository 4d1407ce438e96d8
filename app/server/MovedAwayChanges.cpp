#include "app/server/MovedAwayChanges.h"

#include "app/common/CustomerMoveTables.h"

#include <QJsonValue>

namespace bd {

QString MovedAwayChanges::customerNamedBy(const SyncChange &change)
{
    if (change.table == QLatin1String("customer"))
        return change.rowId;
    const QString named = change.fields.value(QLatin1String("customer_id")).toString();
    if (change.table == QLatin1String("kyc_session") && !named.isEmpty())
        m_interviews.insert(change.rowId, named);
    if (change.table != QLatin1String("kyc_answer"))
        return named;
    const QString session = change.fields.value(QLatin1String("session_id")).toString();
    if (session.isEmpty())
        return {};
    auto known = m_interviews.constFind(session);
    if (known == m_interviews.constEnd())
        known = m_interviews.insert(session, m_interviewCustomer ? m_interviewCustomer(session)
                                                                 : QString());
    return *known;
}

BranchId MovedAwayChanges::route(const BranchId &pushingBranch, SyncChange &change)
{
    if (change.isTransferCopy())
        return pushingBranch;
    const bool ofCustomerRow = change.table == QLatin1String("customer");
    const QString customerId = customerNamedBy(change);
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
