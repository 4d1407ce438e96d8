#pragma once

#include "database/customer360/Customer360Queries.h"

#include <QMap>
#include <QWidget>

class QCustomPlot;
class QCPBars;
class QCPGraph;

namespace bd {

// Asset allocation by product family, as horizontal bars (amounts in 10,000 yuan).
class AllocationChart : public QWidget
{
    Q_OBJECT

public:
    explicit AllocationChart(QWidget *parent = nullptr);
    void setAllocation(const QMap<QString, Money> &byFamily);
    int barCount() const;

private:
    QCustomPlot *m_plot;
    QCPBars *m_bars;
};

// Twelve month-end AUM figures, with the tier thresholds near them drawn in.
class AumTrendChart : public QWidget
{
    Q_OBJECT

public:
    explicit AumTrendChart(QWidget *parent = nullptr);
    void setTrend(const QList<AumPoint> &points);
    int pointCount() const;
    int thresholdLineCount() const { return m_thresholdLines; }

private:
    QCustomPlot *m_plot;
    QCPGraph *m_graph;
    int m_thresholdLines = 0;
};

} // namespace bd
