#pragma once

#include "database/dashboards/DashboardScope.h"

#include <QMap>

namespace bd {

// Dashboard figure: how many customers are in each lifecycle stage (stage code -> count).
class LifecycleDistributionQuery
{
public:
    explicit LifecycleDistributionQuery(Store &store) : m_store(store) {}

    QMap<QString, int> counts(const DashboardScope &scope) const;
    QString errorString() const { return m_error; }

private:
    Store &m_store;
    mutable QString m_error;
};

} // namespace bd
