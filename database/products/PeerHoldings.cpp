#include "database/products/PeerHoldings.h"

#include "database/core/SqlQuery.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"

namespace bd {

PeerHoldings::PeerHoldings(Store &store)
    : m_store(store)
{
}

QString PeerHoldings::dayKey(const BranchId &branch) const
{
    return QStringLiteral("offers.peer_share_on:") + branch.toString();
}

Result<bool> PeerHoldings::ensureFresh(const BranchId &branch, const QDate &today)
{
    if (m_store.setting(dayKey(branch)) == SqlTime::date(today))
        return false;
    return refresh(branch, today);
}

Result<bool> PeerHoldings::refresh(const BranchId &branch, const QDate &today)
{
    Transaction transaction(m_store.database());
    if (!transaction.isActive())
        return Error(QStringLiteral("cannot begin the peer figures' transaction"));
    // Another thread may have done it while this one waited for the write lock.
    if (m_store.setting(dayKey(branch)) == SqlTime::date(today))
        return false;
    const QSqlDatabase db = m_store.database();
    SqlQuery clear(db, QStringLiteral("DELETE FROM offer_peer_share WHERE branch_id = ?"));
    clear.bind(branch);
    SqlQuery groups(db, QStringLiteral(
            "INSERT INTO offer_peer_share(branch_id, tier, risk_level, product_code, holders) "
            "SELECT branch_id, tier, coalesce(risk_level, 0), '', count(*) FROM customer "
            "WHERE branch_id = ? AND deleted = 0 GROUP BY tier, coalesce(risk_level, 0)"));
    groups.bind(branch);
    SqlQuery holders(db, QStringLiteral(
            "INSERT INTO offer_peer_share(branch_id, tier, risk_level, product_code, holders) "
            "SELECT c.branch_id, c.tier, coalesce(c.risk_level, 0), h.product_code, "
            "count(DISTINCT h.customer_id) FROM holding h JOIN customer c ON c.id = h.customer_id "
            "WHERE c.branch_id = ? AND c.deleted = 0 AND h.status = 'active' AND h.deleted = 0 "
            "AND h.product_family <> 'loan' "
            "GROUP BY c.tier, coalesce(c.risk_level, 0), h.product_code"));
    holders.bind(branch);
    for (SqlQuery *step : {&clear, &groups, &holders}) {
        if (Result<> ran = step->exec(); !ran)
            return ran.error();
    }
    if (!m_store.setSetting(dayKey(branch), SqlTime::date(today)) || !transaction.commit())
        return Error(QStringLiteral("the peer figures could not be saved"));
    return true;
}

Result<PeerGroup> PeerHoldings::group(const BranchId &branch, const QString &tier,
                                      int riskLevel) const
{
    SqlQuery query(m_store.database(),
                   QStringLiteral("SELECT product_code, holders FROM offer_peer_share "
                                  "WHERE branch_id = ? AND tier = ? AND risk_level = ?"));
    query.bind(branch).bind(tier).bind(riskLevel);
    if (Result<> ran = query.exec(); !ran)
        return ran.error();
    PeerGroup peers;
    while (query.next()) {
        if (query.text(0).isEmpty())
            peers.customers = query.integer(1);
        else
            peers.holders.insert(query.text(0), query.integer(1));
    }
    return peers;
}

} // namespace bd
