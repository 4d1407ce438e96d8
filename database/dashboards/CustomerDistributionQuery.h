#pragma once

#include "app/domain/Result.h"
#include "database/dashboards/DashboardScope.h"

#include <QMap>

namespace bd {

// Dashboard figure: how many customers there are per tier, or per lifecycle stage
// (code -> count).
class CustomerDistributionQuery
{
public:
    enum class By { Tier, LifecycleStage };

    explicit CustomerDistributionQuery(Store &store) : m_store(store) {}

    Result<QMap<QString, int>> counts(const DashboardScope &scope, By by) const;

private:
    Store &m_store;
};

} // namespace bd
