#include "ui/customer360/CustomerAssetsPage.h"

#include "app/services/customer360/Customer360Service.h"
#include "ui/common/RowTableView.h"
#include "ui/customer360/AssetCharts.h"
#include "ui/customer360/ExpectedArrivalModel.h"
#include "ui/customer360/HoldingModel.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QTableView>
#include <QVBoxLayout>

namespace bd {

namespace {
QGroupBox *boxAround(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    (new QVBoxLayout(box))->addWidget(content);
    return box;
}

QTableView *tableOf(QAbstractItemModel *model, const QString &objectName, QWidget *parent)
{
    QTableView *view = newRowTableView(model, objectName, parent);
    view->setAlternatingRowColors(true);
    return view;
}
} // namespace

CustomerAssetsPage::CustomerAssetsPage(QWidget *parent)
    : QWidget(parent)
    , m_allocation(new AllocationChart(this))
    , m_trend(new AumTrendChart(this))
    , m_holdings(new HoldingModel(this))
    , m_arrivals(new ExpectedArrivalModel(this))
{
    auto *layout = new QGridLayout(this);
    layout->addWidget(boxAround(tr("Allocation by product family"), m_allocation, this), 0, 0);
    layout->addWidget(boxAround(tr("AUM, last 12 month-ends, with tier thresholds"), m_trend,
                                this),
                      0, 1);
    layout->addWidget(boxAround(tr("Holdings (red: matures within 30 days, amber: within 90)"),
                                tableOf(m_holdings, QStringLiteral("holdingView"), this), this),
                      1, 0);
    layout->addWidget(boxAround(tr("Expected fund arrivals"),
                                tableOf(m_arrivals, QStringLiteral("fundArrivalView"), this),
                                this),
                      1, 1);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 1);
}

void CustomerAssetsPage::showCustomer(const Customer360 &data, const QDate &today)
{
    m_holdings->setToday(today);
    m_allocation->setAllocation(data.allocation);
    m_trend->setTrend(data.aumTrend);
    m_holdings->setRows(data.holdings);
    m_arrivals->setRows(data.fundArrivals);
}

} // namespace bd
