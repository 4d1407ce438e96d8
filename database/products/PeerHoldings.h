#pragma once

#include "app/domain/Ids.h"
#include "app/domain/Result.h"

#include <QHash>
#include <QString>

namespace bd {

class Store;

// Customers of one tier and risk level at the branch, and how many of them hold each
// product: what "similar customers hold" means for the offers.
struct PeerGroup
{
    int customers = 0;
    QHash<QString, int> holders; // product code -> customers holding it
};

// The figures behind PeerGroup, kept in offer_peer_share by triggers as customers and
// holdings are written (migration 0030): reading a group is one seek at any time, so no
// offer waits for a whole-branch aggregate (77 s at a million customers when it was worked
// out by the first offer of the day).
class PeerHoldings
{
public:
    explicit PeerHoldings(Store &store);

    Result<PeerGroup> group(const BranchId &branch, const QString &tier, int riskLevel) const;

private:
    Store &m_store;
};

} // namespace bd
