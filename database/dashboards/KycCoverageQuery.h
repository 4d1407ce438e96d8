#pragma once

#include "app/domain/Result.h"

#include "database/dashboards/DashboardScope.h"

#include <QMap>

namespace bd {

struct KycTierCoverage
{
    int customers = 0;
    int withFinalKyc = 0; // customers with at least one final KYC version
};

// Dashboard figure: how far the scope's customers have been through KYC.
class KycCoverageQuery
{
public:
    explicit KycCoverageQuery(Store &store) : m_store(store) {}

    // tier code -> customers and those with a final KYC.
    Result<QMap<QString, KycTierCoverage>> perTier(const DashboardScope &scope) const;
    // question id -> customers whose current KYC file (kyc_field) answers it; the service
    // turns this into completeness per PPF cell with the question bank.
    Result<QMap<QString, int>> answeredPerQuestion(const DashboardScope &scope) const;

private:
    Store &m_store;
};

} // namespace bd
