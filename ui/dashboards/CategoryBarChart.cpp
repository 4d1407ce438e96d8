#include "ui/dashboards/CategoryBarChart.h"

#include <qcustomplot.h>

namespace bd {

CategoryBarChart::CategoryBarChart(const QString &title, const QString &valueAxisLabel,
                                   Qt::Orientation orientation, QWidget *parent)
    : DashboardChart(title, parent)
    , m_orientation(orientation)
    , m_bars(nullptr)
{
    QCPAxis *keyAxis = orientation == Qt::Vertical ? plot()->xAxis : plot()->yAxis;
    QCPAxis *valueAxis = orientation == Qt::Vertical ? plot()->yAxis : plot()->xAxis;
    m_bars = new QCPBars(keyAxis, valueAxis);
    m_bars->setWidth(0.62);
    m_bars->setPen(Qt::NoPen);
    m_bars->setBrush(colour(0));
    valueAxis->setLabel(valueAxisLabel);
    useWholeNumbers(valueAxis);
    if (orientation == Qt::Horizontal)
        keyAxis->setRangeReversed(true); // first category on top, as it is read
}

void CategoryBarChart::setBars(const QList<Bar> &bars, bool hasData, bool percentScale)
{
    QCPAxis *keyAxis = m_bars->keyAxis();
    QCPAxis *valueAxis = m_bars->valueAxis();
    QStringList labels;
    QVector<double> keys;
    QVector<double> values;
    double highest = 0;
    m_toolTips.clear();
    clearBarLabels();
    for (int i = 0; i < bars.size(); ++i) {
        labels << bars.at(i).label;
        keys << i + 1;
        values << bars.at(i).value;
        m_toolTips << bars.at(i).toolTip;
        highest = qMax(highest, bars.at(i).value);
    }
    setCategories(keyAxis, labels);
    m_bars->setData(keys, values, true);
    if (hasData) {
        for (int i = 0; i < bars.size(); ++i)
            addBarLabel(i + 1, bars.at(i).value, bars.at(i).valueText,
                        m_orientation == Qt::Horizontal);
    }
    // Room for the value labels beyond the longest bar.
    const double top = percentScale ? 100.0 : qMax(1.0, highest);
    valueAxis->setRange(0, top * (m_orientation == Qt::Horizontal ? 1.22 : 1.15));
    finish(hasData);
}

int CategoryBarChart::barCount() const
{
    return m_bars->data()->size();
}

QList<double> CategoryBarChart::values() const
{
    QList<double> result;
    for (auto it = m_bars->data()->constBegin(); it != m_bars->data()->constEnd(); ++it)
        result << it->value;
    return result;
}

QString CategoryBarChart::toolTipAt(QCPAbstractPlottable *plottable, int dataIndex) const
{
    if (plottable != m_bars || dataIndex < 0 || dataIndex >= m_toolTips.size())
        return {};
    return m_toolTips.at(dataIndex);
}

} // namespace bd
