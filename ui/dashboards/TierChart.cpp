#include "ui/dashboards/TierChart.h"

#include "app/domain/CustomerTier.h"

#include <QVBoxLayout>

#include <qcustomplot.h>

namespace bd {

namespace {
const QList<CustomerTier> kTiers = {CustomerTier::Ordinary, CustomerTier::Silver,
                                    CustomerTier::Gold, CustomerTier::Platinum,
                                    CustomerTier::Diamond};
}

TierChart::TierChart(QWidget *parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
    , m_bars(nullptr)
{
    m_plot->setObjectName(QStringLiteral("tierChart"));
    m_plot->setMinimumSize(320, 180); // the head's Today tab fits a 1366x768 screen
    m_plot->setBackground(palette().brush(QPalette::Base));
    m_bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    m_bars->setWidth(0.6);
    m_bars->setPen(Qt::NoPen);
    m_bars->setBrush(QColor(0x2f, 0x6f, 0xb3));

    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int i = 0; i < kTiers.size(); ++i)
        ticker->addTick(i + 1, Tiers::label(kTiers.at(i)));
    m_plot->xAxis->setTicker(ticker);
    m_plot->xAxis->setSubTicks(false);
    m_plot->xAxis->setTickLength(0, 4);
    m_plot->xAxis->grid()->setVisible(false);
    m_plot->xAxis->setRange(0.4, kTiers.size() + 0.6);
    m_plot->xAxis->setTickLabelFont(font());
    m_plot->yAxis->setTickLabelFont(font());
    m_plot->yAxis->setLabelFont(font());
    m_plot->yAxis->setLabel(tr("Customers"));
    m_plot->yAxis->setNumberFormat(QStringLiteral("f"));
    m_plot->yAxis->setNumberPrecision(0);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
}

void TierChart::setCounts(const QMap<QString, int> &customersPerTierCode)
{
    QVector<double> keys;
    QVector<double> values;
    double highest = 0;
    for (int i = 0; i < kTiers.size(); ++i) {
        const double count = customersPerTierCode.value(Tiers::code(kTiers.at(i)));
        keys << i + 1;
        values << count;
        highest = qMax(highest, count);
    }
    m_bars->setData(keys, values, true);
    m_plot->yAxis->setRange(0, qMax(1.0, highest * 1.1));
    m_plot->replot();
}

int TierChart::barCount() const
{
    return m_bars->data()->size();
}

} // namespace bd
