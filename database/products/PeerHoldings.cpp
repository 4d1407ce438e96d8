#include "database/products/PeerHoldings.h"

#include "database/core/SqlQuery.h"
#include "database/core/Store.h"

namespace bd {

PeerHoldings::PeerHoldings(Store &store)
    : m_store(store)
{
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
