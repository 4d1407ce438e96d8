#pragma once

#include "app/domain/Ids.h"
#include "app/domain/Result.h"

#include <QDate>
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

// The figures behind PeerGroup, kept in offer_peer_share and worked out again at most once
// a day per branch (a whole-branch aggregate: seconds at a million customers, so never
// per offer).
class PeerHoldings
{
public:
    explicit PeerHoldings(Store &store);

    // Works the figures out unless they are from `today`; true if it did.
    Result<bool> ensureFresh(const BranchId &branch, const QDate &today);
    Result<bool> refresh(const BranchId &branch, const QDate &today);
    Result<PeerGroup> group(const BranchId &branch, const QString &tier, int riskLevel) const;

private:
    QString dayKey(const BranchId &branch) const;

    Store &m_store;
};

} // namespace bd
