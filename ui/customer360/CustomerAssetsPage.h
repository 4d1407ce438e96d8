#pragma once

#include <QDate>
#include <QWidget>

namespace bd {

class AllocationChart;
class AumTrendChart;
class ExpectedArrivalModel;
class HoldingModel;
struct Customer360;

// The 360's assets tab: allocation by product family, the AUM trend against the tier
// thresholds, holdings by maturity and the money the customer expects to arrive.
class CustomerAssetsPage : public QWidget
{
    Q_OBJECT

public:
    explicit CustomerAssetsPage(QWidget *parent = nullptr);

    // today: what "matures within 30 days" counts from.
    void showCustomer(const Customer360 &data, const QDate &today);

private:
    AllocationChart *m_allocation = nullptr;
    AumTrendChart *m_trend = nullptr;
    HoldingModel *m_holdings = nullptr;
    ExpectedArrivalModel *m_arrivals = nullptr;
};

} // namespace bd
