#include "app/server/MovedAwayChanges.h"

#include "app/common/CustomerMoveTables.h"

#include <QJsonValue>

namespace bd {

QString MovedAwayChanges::customerNamedBy(const SyncChange &change)
{
    if (change.table == QLatin1String("customer"))
        return change.rowId;
    const QString named = change.fields.value(QLatin1String("customer_id")).toString();
    const QString row = change.table + QLatin1Char('/') + change.rowId;
    if (!named.isEmpty()) {
        m_rowCustomers.insert(row, named); // for what this push changes of the row later
        return named;
    }
    // A KYC answer is its interview's; a row that travels with its customer, changed
    // without naming them (a delete, an edit of some fields), is the customer's its earlier
    // entries name.
    QString owner = row;
    if (change.table == QLatin1String("kyc_answer")) {
        const QString session = change.fields.value(QLatin1String("session_id")).toString();
        if (session.isEmpty())
            return {};
        owner = QStringLiteral("kyc_session/") + session;
    } else if (!CustomerMoveTables::tables().contains(change.table)) {
        return {};
    }
    auto known = m_rowCustomers.constFind(owner);
    if (known == m_rowCustomers.constEnd()) {
        const qsizetype slash = owner.indexOf(QLatin1Char('/'));
        known = m_rowCustomers.insert(owner, m_rowCustomer ? m_rowCustomer(owner.left(slash),
                                                                           owner.mid(slash + 1))
                                                           : QString());
    }
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
