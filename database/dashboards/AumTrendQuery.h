#pragma once

#include "app/domain/Money.h"
#include "app/domain/Result.h"

#include "database/dashboards/DashboardScope.h"

#include <QDate>
#include <QList>

namespace bd {

struct AumMonthTotal
{
    QString month; // YYYY-MM
    Money aum;
    int customers = 0; // customers with a snapshot that month (0: no data)
};

// Dashboard figure: the month-end AUM of the scope's customers (their aum_snapshot rows),
// read from the rollup aum_month_total that triggers keep exact.
class AumTrendQuery
{
public:
    explicit AumTrendQuery(Store &store) : m_store(store) {}

    // `months` month-ends up to and including the month of `lastMonth`, oldest first; a
    // month without snapshots is there with customers = 0.
    Result<QList<AumMonthTotal>> months(const DashboardScope &scope, const QDate &lastMonth,
                                        int months = 12) const;

private:
    Store &m_store;
};

} // namespace bd
