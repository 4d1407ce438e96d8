#pragma once

#include "ui/dashboards/DashboardChart.h"

class QCPBars;

namespace bd {

// Bars over named categories with their value written on each bar: tier and lifecycle
// distributions, KYC coverage per tier and per PPF cell.
class CategoryBarChart : public DashboardChart
{
    Q_OBJECT

public:
    struct Bar
    {
        QString label;
        double value = 0;
        QString valueText; // written on the bar
        QString toolTip;
    };

    CategoryBarChart(const QString &title, const QString &valueAxisLabel,
                     Qt::Orientation orientation, QWidget *parent = nullptr);

    // percentScale: the value axis runs 0-100 whatever the data.
    void setBars(const QList<Bar> &bars, bool hasData, bool percentScale = false);
    int barCount() const;
    QList<double> values() const;
    QString toolTipAt(QCPAbstractPlottable *plottable, int dataIndex) const override;

private:
    Qt::Orientation m_orientation;
    QCPBars *m_bars;
    QStringList m_toolTips;
};

} // namespace bd
