#pragma once

#include "database/dashboards/ReferralFunnelQuery.h"
#include "ui/dashboards/DashboardChart.h"

class QCPBars;

namespace bd {

// Referrals made -> accepted -> completed, and those not completed, as horizontal bars
// with counts and the share of those made.
class ReferralFunnelChart : public DashboardChart
{
    Q_OBJECT

public:
    explicit ReferralFunnelChart(int days, QWidget *parent = nullptr);

    void setFunnel(const ReferralFunnel &funnel);
    QList<int> stages() const; // made, accepted, completed, not completed
    QString toolTipAt(QCPAbstractPlottable *plottable, int dataIndex) const override;

private:
    QCPBars *m_flow;    // made, accepted, completed
    QCPBars *m_dropped; // not completed
    ReferralFunnel m_funnel;
};

} // namespace bd
