#include "ui/suitability/OfferDashboard.h"

#include "ui/common/LatestRead.h"
#include "ui/common/RowTableView.h"
#include "ui/suitability/OfferModels.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace bd {

OfferDashboard::OfferDashboard(Store &store, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_session(session)
    , m_read(new LatestRead(this))
    , m_period(new QComboBox(this))
    , m_total(new QLabel(this))
    , m_byProduct(new OfferCountModel(OfferCountModel::Key::Product, this))
    , m_byReason(new OfferCountModel(OfferCountModel::Key::Reason, this))
{
    setObjectName(QStringLiteral("offerDashboard"));
    m_period->setObjectName(QStringLiteral("offerPeriod"));
    for (int days : {30, 90, 365})
        m_period->addItem(tr("Last %n day(s)", nullptr, days), days);
    connect(m_period, &QComboBox::currentIndexChanged, this, &OfferDashboard::reload);
    m_total->setObjectName(QStringLiteral("offerTotal"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_period);
    top->addWidget(m_total, 1);
    auto *tables = new QSplitter(Qt::Horizontal, this);
    tables->addWidget(newRowTableView(m_byProduct, QStringLiteral("offersByProduct"), this));
    tables->addWidget(newRowTableView(m_byReason, QStringLiteral("offersByReason"), this));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(tables, 1);
    reload();
}

void OfferDashboard::reload()
{
    Store *store = &m_store;
    const BranchId branch(m_session.branch.id);
    // The head sees the branch; everyone else what they offered themselves.
    const StaffId staff = m_session.can(Permission::ViewBranchDashboard) ? StaffId()
                                                                         : StaffId(m_session.user.id);
    const QDate today = QDate::currentDate();
    const QDate from = today.addDays(1 - m_period->currentData().toInt());
    m_read->run<Result<OfferFigureSet>>(
            [store, branch, staff, from, today] {
                return OfferFigures(*store).between(branch, from, today, staff);
            },
            [this](Result<OfferFigureSet> figures) {
                if (!figures) {
                    m_total->setText(figures.errorString());
                    return;
                }
                m_figures = *figures;
                m_byProduct->setRows(m_figures.byProduct);
                m_byReason->setRows(m_figures.byReason);
                m_total->setText(totalText());
                m_loaded = true;
                emit loaded();
            });
}

QString OfferDashboard::totalText() const
{
    const QLocale locale;
    return tr("%1 offers made, %2 taken (%3%).")
            .arg(locale.toString(m_figures.made), locale.toString(m_figures.taken),
                 m_figures.made > 0 ? locale.toString(100.0 * m_figures.taken / m_figures.made, 'f', 0)
                                    : QStringLiteral("0"));
}

} // namespace bd
