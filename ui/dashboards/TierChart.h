#pragma once

#include <QMap>
#include <QWidget>

class QCPBars;
class QCustomPlot;

namespace bd {

// A bar chart of how many customers the branch has in each tier, tiers in AUM order.
class TierChart : public QWidget
{
    Q_OBJECT

public:
    explicit TierChart(QWidget *parent = nullptr);

    void setCounts(const QMap<QString, int> &customersPerTierCode);
    QCustomPlot *plot() const { return m_plot; }
    int barCount() const;

private:
    QCustomPlot *m_plot;
    QCPBars *m_bars;
};

} // namespace bd
