#include "ui/dashboards/AumHistoryChart.h"

#include "app/domain/Money.h"

#include <QLocale>

#include <qcustomplot.h>

namespace bd {

namespace {
constexpr double kFenPerWan = 1000000.0; // 1万元 = 10,000 CNY = 1,000,000 fen

QString monthTick(const QDate &month, bool withYear)
{
    const QString name = QLocale().monthName(month.month(), QLocale::ShortFormat);
    return withYear ? name + QLatin1Char('\n') + QString::number(month.year()) : name;
}
} // namespace

AumHistoryChart::AumHistoryChart(QWidget *parent)
    : DashboardChart(tr("AUM, last 12 month-ends"), parent)
    , m_graph(plot()->addGraph())
{
    m_graph->setPen(QPen(colour(0), 2.4));
    QColor fill = colour(0);
    fill.setAlpha(40);
    m_graph->setBrush(fill);
    m_graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, colour(0), Qt::white, 7));
    plot()->yAxis->setLabel(tr("AUM (10,000 CNY)"));
    plot()->yAxis->setNumberFormat(QStringLiteral("f"));
    plot()->yAxis->setNumberPrecision(0);
}

void AumHistoryChart::setMonths(const QList<AumMonthTotal> &months)
{
    clearBarLabels();
    m_months.clear();
    QVector<double> keys;
    QVector<double> values;
    QStringList labels;
    double lowest = 0;
    double highest = 0;
    for (int i = 0; i < months.size(); ++i) {
        const QDate month = QDate::fromString(months.at(i).month + QStringLiteral("-01"),
                                              Qt::ISODate);
        labels << monthTick(month, i == 0 || month.month() == 1);
        if (months.at(i).customers == 0)
            continue; // no snapshot: a gap, not a fall to zero
        const double wan = months.at(i).aum.fen() / kFenPerWan;
        keys << i + 1;
        values << wan;
        lowest = m_months.isEmpty() ? wan : qMin(lowest, wan);
        highest = qMax(highest, wan);
        m_months << months.at(i);
    }
    setCategories(plot()->xAxis, labels);
    plot()->xAxis->grid()->setVisible(true);
    m_graph->setData(keys, values, true);
    const bool hasData = !keys.isEmpty();
    if (hasData) {
        // The last month-end, written at its point: the figure the head reads first.
        // Whole 万 for a branch or a book; decimals only for a tiny one.
        const int decimals = highest >= 100 ? 0 : 2;
        plot()->yAxis->setNumberPrecision(decimals);
        addBarLabel(keys.last(), values.last(),
                    tr("%1万").arg(QLocale().toString(values.last(), 'f', decimals)));
        // A trend, not a bar: start the axis near the data so changes are visible.
        const double span = qMax(highest - lowest, highest * 0.02);
        plot()->yAxis->setRange(qMax(0.0, lowest - span * 0.6), highest + span * 0.6);
    } else {
        plot()->yAxis->setRange(0, 1);
    }
    finish(hasData);
}

int AumHistoryChart::pointCount() const
{
    return m_graph->data()->size();
}

QString AumHistoryChart::toolTipAt(QCPAbstractPlottable *plottable, int dataIndex) const
{
    if (plottable != m_graph || dataIndex < 0 || dataIndex >= m_months.size())
        return {};
    const AumMonthTotal &month = m_months.at(dataIndex);
    return tr("%1: %2 across %n customer(s)", nullptr, month.customers)
            .arg(month.month, month.aum.toDisplayString());
}

} // namespace bd
