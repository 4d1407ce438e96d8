#include "database/sync/KycVersionOrder.h"

#include "database/core/SqlQuery.h"
#include "database/core/Store.h"

namespace bd {

KycVersionOrder::KycVersionOrder(Store &store)
    : m_store(store)
{
}

bool KycVersionOrder::takeNumberOut(SyncChange &change, bool rowExists)
{
    const QString number = QStringLiteral("version_no");
    if (change.table != QLatin1String("kyc_session") || !change.fields.contains(number))
        return false;
    if (rowExists)
        change.fields.remove(number);
    else
        change.fields.insert(number, kUnnumbered);
    return true;
}

Result<> KycVersionOrder::renumberOf(const SyncChange &session)
{
    return renumber(CustomerId(session.fields.value(QLatin1String("customer_id")).toString()));
}

Result<> KycVersionOrder::renumber(const CustomerId &customerId)
{
    // Two steps under UNIQUE(customer_id, version_no), checked row by row: first every number
    // out of the way (negative, below kUnnumbered), then each its rank.
    SqlQuery aside(m_store.database(),
                   QStringLiteral("UPDATE kyc_session SET version_no = -1000000 - version_no "
                                  "WHERE customer_id = ?"));
    aside.bind(customerId);
    if (Result<> ran = aside.exec(); !ran)
        return ran;
    SqlQuery rank(m_store.database(),
                  QStringLiteral("UPDATE kyc_session SET version_no = (SELECT count(*) FROM "
                                 "kyc_session o WHERE o.customer_id = kyc_session.customer_id "
                                 "AND (o.started_at < kyc_session.started_at OR (o.started_at = "
                                 "kyc_session.started_at AND o.id <= kyc_session.id))) "
                                 "WHERE customer_id = ?"));
    rank.bind(customerId);
    return rank.exec();
}

} // namespace bd
