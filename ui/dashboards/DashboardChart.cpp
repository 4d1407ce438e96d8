#include "ui/dashboards/DashboardChart.h"

#include <QFontMetrics>
#include <QLabel>
#include <QToolTip>
#include <QVBoxLayout>

#include <qcustomplot.h>

namespace bd {

namespace {
class WholeNumberTicker : public QCPAxisTicker
{
protected:
    double getTickStep(const QCPRange &range) override
    {
        return qMax(1.0, QCPAxisTicker::getTickStep(range));
    }
};
} // namespace

DashboardChart::DashboardChart(const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
    , m_plot(new QCustomPlot(this))
    , m_noData(nullptr)
{
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_title->setObjectName(QStringLiteral("chartTitle"));

    m_plot->setMinimumSize(300, 220);
    m_plot->setBackground(Qt::white);
    m_plot->setMouseTracking(true);
    for (QCPAxis *axis : {m_plot->xAxis, m_plot->yAxis}) {
        axis->setTickLabelFont(font());
        axis->setLabelFont(font());
        axis->setBasePen(QPen(QColor(0x88, 0x88, 0x88)));
        axis->setTickPen(QPen(QColor(0x88, 0x88, 0x88)));
        axis->setSubTicks(false);
        axis->grid()->setPen(QPen(QColor(0xe4, 0xe4, 0xe4), 1, Qt::DotLine));
    }
    m_plot->legend->setFont(font());
    m_plot->legend->setBorderPen(Qt::NoPen);
    m_plot->legend->setBrush(QColor(255, 255, 255, 220));

    m_noData = new QCPItemText(m_plot);
    m_noData->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_noData->position->setCoords(0.5, 0.5);
    m_noData->setClipToAxisRect(false);
    QFont note = font();
    note.setPointSizeF(note.pointSizeF() * 1.2);
    m_noData->setFont(note);
    m_noData->setColor(QColor(0x80, 0x80, 0x80));
    m_noData->setText(tr("No data yet"));
    m_noData->setVisible(false);

    connect(m_plot, &QCustomPlot::mouseMove, this, &DashboardChart::showToolTip);
    // After every layout: on screen, and when drawn at another size into an export.
    connect(m_plot, &QCustomPlot::afterLayout, this, &DashboardChart::fitBarLabels);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_plot, 1);
}

QString DashboardChart::title() const
{
    return m_title->text();
}

bool DashboardChart::showsNoData() const
{
    return m_noData->visible() && !m_loading;
}

void DashboardChart::showLoading()
{
    m_loading = true;
    m_noData->setText(tr("Loading…"));
    m_noData->setVisible(true);
    m_plot->replot();
}

QColor DashboardChart::colour(int index)
{
    // Calm bank blues first, then distinguishable accents (outcome stacks need up to seven).
    static const QList<QColor> palette = {
            QColor(0x2f, 0x6f, 0xb3), QColor(0x4c, 0xae, 0x8a), QColor(0xe3, 0x9b, 0x2d),
            QColor(0xc8, 0x4b, 0x4b), QColor(0x7b, 0x61, 0xb0), QColor(0x8a, 0x9b, 0xa8),
            QColor(0xc5, 0xcf, 0xd8)};
    return palette.at(index % palette.size());
}

QString DashboardChart::toolTipAt(QCPAbstractPlottable *plottable, int dataIndex) const
{
    Q_UNUSED(plottable)
    Q_UNUSED(dataIndex)
    return {};
}

void DashboardChart::finish(bool hasData, const QString &noDataText)
{
    m_loading = false;
    m_noData->setText(noDataText.isEmpty() ? tr("No data yet") : noDataText);
    m_noData->setVisible(!hasData);
    m_plot->replot();
}

void DashboardChart::useWholeNumbers(QCPAxis *axis)
{
    axis->setTicker(QSharedPointer<WholeNumberTicker>::create());
    axis->setNumberFormat(QStringLiteral("f"));
    axis->setNumberPrecision(0);
}

void DashboardChart::setCategories(QCPAxis *axis, const QStringList &labels)
{
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int i = 0; i < labels.size(); ++i)
        ticker->addTick(i + 1, labels.at(i));
    axis->setTicker(ticker);
    axis->setTickLength(0, 4);
    axis->grid()->setVisible(false);
    axis->setRange(0.4, labels.size() + 0.6);
}

void DashboardChart::addBarLabel(double key, double value, const QString &text, bool horizontal)
{
    auto *label = new QCPItemText(m_plot);
    label->setClipToAxisRect(false);
    label->setFont(font());
    label->setColor(QColor(0x33, 0x33, 0x33));
    label->setText(text);
    if (horizontal) {
        label->position->setCoords(value, key);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        label->setPadding(QMargins(4, 0, 0, 0));
    } else {
        label->position->setCoords(key, value);
        label->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        label->setPadding(QMargins(0, 0, 0, 2));
    }
    m_barLabels.append(label);
}

// A value label beyond the end of its bar must not be cut by the edge of the plot ("15,674
// (78%" in a one-column cell of the exported sheet): the value axis is lengthened until the
// longest label fits in the space the layout gave the plot, whatever its size.
void DashboardChart::fitBarLabels()
{
    QHash<QCPAxis *, double> needed;
    const QRect viewport = m_plot->viewport();
    for (QCPItemText *label : std::as_const(m_barLabels)) {
        const bool horizontal = label->positionAlignment().testFlag(Qt::AlignLeft);
        QCPAxis *axis = horizontal ? label->position->keyAxis() : label->position->valueAxis();
        if (!axis || axis->rangeReversed())
            continue;
        if (!needed.contains(axis)) {
            // A range the chart set since the last fit is what it asks for.
            const double upper = axis->range().upper;
            if (!m_fittedUpper.contains(axis) || !qFuzzyCompare(m_fittedUpper.value(axis), upper))
                m_askedUpper.insert(axis, upper);
            needed.insert(axis, m_askedUpper.value(axis));
        }
        const QFontMetrics metrics(label->font());
        const QMargins padding = label->padding();
        const QRect plotArea = axis->axisRect()->rect();
        // Pixels along the axis, and the room for text beyond its end up to the plot's edge.
        const double length = horizontal ? plotArea.width() : plotArea.height();
        const double beyond = horizontal ? viewport.right() - plotArea.right()
                                         : plotArea.top() - viewport.top();
        const double text = horizontal
                ? metrics.horizontalAdvance(label->text()) + padding.left() + padding.right() + 2
                : metrics.height() + padding.top() + padding.bottom() + 2;
        const double room = qMax(length * 0.25, length + beyond - text);
        const double value = horizontal ? label->position->coords().x()
                                        : label->position->coords().y();
        const double lower = axis->range().lower;
        if (length > 0 && value > lower)
            needed[axis] = qMax(needed.value(axis), lower + (value - lower) * length / room);
    }
    for (auto it = needed.cbegin(); it != needed.cend(); ++it) {
        it.key()->setRangeUpper(it.value());
        m_fittedUpper.insert(it.key(), it.value());
    }
}

void DashboardChart::clearBarLabels()
{
    for (QCPItemText *label : std::as_const(m_barLabels))
        m_plot->removeItem(label);
    m_barLabels.clear();
}

void DashboardChart::showToolTip(QMouseEvent *event)
{
    int index = -1;
    QCPAbstractPlottable *plottable = m_plot->plottableAt(event->position(), false, &index);
    const QString text = plottable && index >= 0 ? toolTipAt(plottable, index) : QString();
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), text, m_plot);
}

} // namespace bd
