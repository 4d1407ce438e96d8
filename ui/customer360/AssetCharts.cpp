#include "ui/customer360/AssetCharts.h"

#include "app/domain/CustomerTier.h"
#include "app/domain/DomainTerms.h"

#include <QVBoxLayout>

#include <qcustomplot.h>

namespace bd {

namespace {
constexpr double kFenPerWan = 1'000'000.0; // 1万 yuan

QCustomPlot *newPlot(QWidget *parent, const QString &name)
{
    auto *plot = new QCustomPlot(parent);
    plot->setObjectName(name);
    plot->setMinimumSize(300, 200);
    plot->setBackground(parent->palette().brush(QPalette::Base));
    plot->xAxis->setTickLabelFont(parent->font());
    plot->yAxis->setTickLabelFont(parent->font());
    plot->xAxis->setLabelFont(parent->font());
    plot->yAxis->setLabelFont(parent->font());
    auto *layout = new QVBoxLayout(parent);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(plot);
    return plot;
}
} // namespace

AllocationChart::AllocationChart(QWidget *parent)
    : QWidget(parent)
    , m_plot(newPlot(this, QStringLiteral("allocationChart")))
    , m_bars(new QCPBars(m_plot->yAxis, m_plot->xAxis))
{
    m_bars->setWidth(0.6);
    m_bars->setPen(Qt::NoPen);
    m_bars->setBrush(QColor(0x2f, 0x6f, 0xb3));
    m_plot->xAxis->setLabel(tr("Amount (10,000 yuan)"));
    m_plot->yAxis->setSubTicks(false);
    m_plot->yAxis->grid()->setVisible(false);
}

void AllocationChart::setAllocation(const QMap<QString, Money> &byFamily)
{
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    QVector<double> keys;
    QVector<double> values;
    double highest = 0;
    int position = 0;
    for (auto it = byFamily.cbegin(); it != byFamily.cend(); ++it) {
        ++position;
        ticker->addTick(position, DomainTerms::label(Vocabulary::ProductFamily, it.key()));
        keys << position;
        values << it.value().fen() / kFenPerWan;
        highest = qMax(highest, it.value().fen() / kFenPerWan);
    }
    m_plot->yAxis->setTicker(ticker);
    m_plot->yAxis->setRange(0.4, qMax(1, position) + 0.6);
    m_plot->xAxis->setRange(0, qMax(1.0, highest * 1.15));
    m_bars->setData(keys, values, true);
    m_plot->replot();
}

int AllocationChart::barCount() const
{
    return m_bars->data()->size();
}

AumTrendChart::AumTrendChart(QWidget *parent)
    : QWidget(parent)
    , m_plot(newPlot(this, QStringLiteral("aumTrendChart")))
    , m_graph(m_plot->addGraph())
{
    m_graph->setPen(QPen(QColor(0x2f, 0x6f, 0xb3), 2));
    m_graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 5));
    m_plot->yAxis->setLabel(tr("AUM (10,000 yuan)"));
}

void AumTrendChart::setTrend(const QList<AumPoint> &points)
{
    m_plot->clearItems();
    m_thresholdLines = 0;
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    QVector<double> keys;
    QVector<double> values;
    double lowest = 0;
    double highest = 0;
    for (int i = 0; i < points.size(); ++i) {
        const double value = points.at(i).aum.fen() / kFenPerWan;
        keys << i + 1;
        values << value;
        ticker->addTick(i + 1, points.at(i).month.mid(2)); // "25-12"
        lowest = i == 0 ? value : qMin(lowest, value);
        highest = qMax(highest, value);
    }
    m_graph->setData(keys, values, true);
    m_plot->xAxis->setTicker(ticker);
    m_plot->xAxis->setRange(0.5, qMax(1, int(points.size())) + 0.5);

    // The thresholds around the trend: the tier it starts in, the ones it crosses and the
    // next one up.
    const QList<CustomerTier> tiers = {CustomerTier::Silver, CustomerTier::Gold,
                                       CustomerTier::Platinum, CustomerTier::Diamond};
    double top = qMax(1.0, highest * 1.15);
    double bottom = lowest * 0.85;
    double floorLine = 0;
    for (CustomerTier tier : tiers) {
        const double threshold = Tiers::threshold(tier).fen() / kFenPerWan;
        if (threshold <= lowest)
            floorLine = threshold;
    }
    for (CustomerTier tier : tiers) {
        const double threshold = Tiers::threshold(tier).fen() / kFenPerWan;
        if (threshold < floorLine)
            continue;
        auto *line = new QCPItemStraightLine(m_plot);
        line->point1->setCoords(0, threshold);
        line->point2->setCoords(1, threshold);
        line->setPen(QPen(QColor(0xc0, 0x80, 0x20), 1, Qt::DashLine));
        auto *label = new QCPItemText(m_plot);
        label->position->setCoords(0.6, threshold);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
        label->setText(Tiers::label(tier));
        label->setColor(QColor(0xa0, 0x60, 0x10));
        label->setFont(font());
        ++m_thresholdLines;
        top = qMax(top, threshold * 1.1);
        bottom = qMin(bottom, threshold * 0.9);
        if (threshold > highest)
            break; // the next one up is enough
    }
    m_plot->yAxis->setRange(qMax(0.0, bottom), top);
    m_plot->replot();
}

int AumTrendChart::pointCount() const
{
    return m_graph->data()->size();
}

} // namespace bd
