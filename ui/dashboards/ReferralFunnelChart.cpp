#include "ui/dashboards/ReferralFunnelChart.h"

#include "app/domain/Money.h"
#include "app/domain/MoneyText.h"

#include <QLocale>

#include <qcustomplot.h>

namespace bd {

namespace {
QString share(int part, int whole)
{
    return whole == 0 ? QString() : QStringLiteral("%1%").arg(qRound(part * 100.0 / whole));
}
} // namespace

ReferralFunnelChart::ReferralFunnelChart(int days, QWidget *parent)
    : DashboardChart(tr("Referral funnel, last %n days", nullptr, days), parent)
    , m_flow(new QCPBars(plot()->yAxis, plot()->xAxis))
    , m_dropped(new QCPBars(plot()->yAxis, plot()->xAxis))
{
    for (QCPBars *bars : {m_flow, m_dropped}) {
        bars->setWidth(0.62);
        bars->setPen(Qt::NoPen);
    }
    m_flow->setBrush(colour(0));
    m_dropped->setBrush(colour(3));
    setCategories(plot()->yAxis, {tr("Referred"), tr("Accepted"), tr("Completed"),
                                  tr("Not completed")});
    plot()->yAxis->setRangeReversed(true);
    plot()->xAxis->setLabel(tr("Referrals"));
    useWholeNumbers(plot()->xAxis);
}

void ReferralFunnelChart::setFunnel(const ReferralFunnel &funnel)
{
    m_funnel = funnel;
    clearBarLabels();
    m_flow->setData({1, 2, 3}, {double(funnel.made), double(funnel.accepted),
                                double(funnel.completed)}, true);
    m_dropped->setData({4}, {double(funnel.notCompleted)}, true);
    const QLocale locale;
    const QList<int> counts = stages();
    for (int i = 0; i < counts.size(); ++i) {
        QString text = locale.toString(counts.at(i));
        if (i > 0 && funnel.made > 0)
            text += QStringLiteral(" (%1)").arg(share(counts.at(i), funnel.made));
        if (funnel.made > 0)
            addBarLabel(i + 1, counts.at(i), text, true);
    }
    plot()->xAxis->setRange(0, qMax(1, funnel.made) * 1.3);
    finish(funnel.made > 0, tr("No referrals in this period"));
}

QList<int> ReferralFunnelChart::stages() const
{
    return {m_funnel.made, m_funnel.accepted, m_funnel.completed, m_funnel.notCompleted};
}

QString ReferralFunnelChart::toolTipAt(QCPAbstractPlottable *plottable, int dataIndex) const
{
    if (plottable == m_dropped)
        return tr("%1 of %2 referrals were declined or expired")
                .arg(m_funnel.notCompleted).arg(m_funnel.made);
    if (plottable != m_flow)
        return {};
    switch (dataIndex) {
    case 0:
        return tr("%1 referrals made, %2 still open")
                .arg(m_funnel.made).arg(m_funnel.stillOpen());
    case 1:
        return tr("%1 of %2 referrals accepted by a manager")
                .arg(m_funnel.accepted).arg(m_funnel.made);
    case 2:
        return tr("%1 of %2 referrals completed, bringing in %3")
                .arg(m_funnel.completed).arg(m_funnel.made)
                .arg(MoneyText::headline(m_funnel.converted));
    default:
        return {};
    }
}

} // namespace bd
