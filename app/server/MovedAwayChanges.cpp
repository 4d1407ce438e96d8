#include "app/server/MovedAwayChanges.h"

#include "app/common/CustomerMoveTables.h"
#include "app/server/LogErasure.h"

#include <QJsonObject>
#include <QJsonValue>

namespace bd {

QString MovedAwayChanges::fieldOf(const QString &row, const QString &field)
{
    const QString key = row + QLatin1Char('#') + field;
    auto known = m_rowFields.constFind(key);
    if (known == m_rowFields.constEnd()) {
        const qsizetype slash = row.indexOf(QLatin1Char('/'));
        known = m_rowFields.insert(key, m_rowField ? m_rowField(row.left(slash), row.mid(slash + 1),
                                                                field)
                                                   : QString());
    }
    return *known;
}

QString MovedAwayChanges::customerNamedBy(const SyncChange &change)
{
    if (change.table == QLatin1String("customer"))
        return change.rowId;
    const QString row = change.table + QLatin1Char('/') + change.rowId;
    // What this push says of a row is known for its later changes in the push.
    for (const QString &field : {QStringLiteral("customer_id"), QStringLiteral("session_id")}) {
        if (const QString value = change.fields.value(field).toString(); !value.isEmpty())
            m_rowFields.insert(row + QLatin1Char('#') + field, value);
    }
    if (const QString named = change.fields.value(QLatin1String("customer_id")).toString();
        !named.isEmpty())
        return named;
    // A KYC answer is its interview's; a row that travels with its customer, changed
    // without naming them (a delete, an edit of some fields), is the customer's its earlier
    // entries name.
    if (change.table == QLatin1String("kyc_answer")) {
        const QString session = fieldOf(row, QStringLiteral("session_id"));
        return session.isEmpty()
                ? QString()
                : fieldOf(QStringLiteral("kyc_session/") + session, QStringLiteral("customer_id"));
    }
    if (!CustomerMoveTables::tables().contains(change.table))
        return {};
    return fieldOf(row, QStringLiteral("customer_id"));
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
    // Placed with the customer, or a KYC answer with its interview (F30).
    QJsonObject placing;
    if (change.fields.contains(QLatin1String("customer_id")))
        placing.insert(QStringLiteral("customer_id"), customerId);
    else if (change.table == QLatin1String("kyc_answer"))
        placing.insert(QStringLiteral("session_id"),
                       fieldOf(change.table + QLatin1Char('/') + change.rowId,
                               QStringLiteral("session_id")));
    if (!ofCustomerRow && change.op == QLatin1String("upsert") && !placing.isEmpty()) {
        SyncChange placed = change;
        placed.changeId = LogErasure::derivedChangeId(change.changeId, change.rowId,
                                                      QStringLiteral("left behind"));
        placed.fields = placing;
        m_leftBehind << placed;
    }
    if (ofCustomerRow) {
        // The workstation that had not seen the move still named its own branch and manager.
        change.fields.remove(QStringLiteral("branch_id"));
        change.fields.remove(QStringLiteral("manager_id"));
    }
    return home->branchId;
}

} // namespace bd
