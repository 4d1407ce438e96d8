#pragma once

#include "database/dashboards/AumTrendQuery.h"
#include "ui/dashboards/DashboardChart.h"

class QCPGraph;

namespace bd {

// The month-end AUM of a branch or a book over twelve months, in 万元 (10,000 CNY).
class AumHistoryChart : public DashboardChart
{
    Q_OBJECT

public:
    explicit AumHistoryChart(QWidget *parent = nullptr);

    void setMonths(const QList<AumMonthTotal> &months);
    int pointCount() const; // months with snapshots
    QString toolTipAt(QCPAbstractPlottable *plottable, int dataIndex) const override;

private:
    QCPGraph *m_graph;
    QList<AumMonthTotal> m_months; // the months drawn, in graph order
};

} // namespace bd
