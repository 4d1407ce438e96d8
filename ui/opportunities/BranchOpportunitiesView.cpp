#include "ui/opportunities/BranchOpportunitiesView.h"

#include "ui/common/LatestRead.h"
#include "ui/common/RowTableView.h"
#include "ui/opportunities/BranchOpportunityModel.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace bd {

BranchOpportunitiesView::BranchOpportunitiesView(Store &store, const Session &session,
                                                 QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_session(session)
    , m_read(new LatestRead(this))
    , m_pool(new BranchOpportunityModel(BranchOpportunityModel::List::Pool, this))
    , m_complaints(new BranchOpportunityModel(BranchOpportunityModel::List::Complaints, this))
    , m_heldBack(new BranchOpportunityModel(BranchOpportunityModel::List::HeldBack, this))
    , m_escalated(new BranchOpportunityModel(BranchOpportunityModel::List::Escalated, this))
    , m_poolView(newRowTableView(m_pool, QStringLiteral("opportunityPoolView"), this))
    , m_manager(new QComboBox(this))
    , m_assign(new QPushButton(tr("Hand to mana&ger"), this))
    , m_notice(new QLabel(this))
{
    setObjectName(QStringLiteral("branchOpportunities"));
    m_poolView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_manager->setObjectName(QStringLiteral("poolManagerChoice"));
    m_manager->setAccessibleName(tr("Wealth manager"));
    m_manager->setMinimumContentsLength(12);
    m_assign->setObjectName(QStringLiteral("assignPoolButton"));
    m_assign->setToolTip(tr("The selected opportunity becomes the chosen manager's: it is on "
                            "their Today after their next sync"));
    m_notice->setObjectName(QStringLiteral("poolNotice"));
    m_notice->setWordWrap(true);
    connect(m_assign, &QPushButton::clicked, this, &BranchOpportunitiesView::assignSelected);

    auto *managerLabel = new QLabel(tr("&Manager:"), this);
    managerLabel->setBuddy(m_manager);
    auto *buttons = new QWidget(this);
    auto *buttonRow = new QHBoxLayout(buttons);
    buttonRow->setContentsMargins(0, 0, 0, 0);
    buttonRow->addWidget(m_notice, 1);
    buttonRow->addWidget(managerLabel);
    buttonRow->addWidget(m_manager);
    buttonRow->addWidget(m_assign);

    auto *rows = new QSplitter(Qt::Vertical, this);
    rows->addWidget(section(tr("Branch pool: customers without a manager"), m_poolView, buttons));
    rows->addWidget(section(tr("Complaints: service recovery by you"),
                            newRowTableView(m_complaints, QStringLiteral("opportunityComplaintsView"),
                                            this)));
    rows->addWidget(section(tr("Held back or waiting, and why"),
                            newRowTableView(m_heldBack, QStringLiteral("opportunityHeldView"),
                                            this)));
    rows->addWidget(section(tr("Escalated: past their deadline without a contact"),
                            newRowTableView(m_escalated,
                                            QStringLiteral("opportunityEscalatedView"), this)));
    // Sorted by a click on a header (e.g. the pool's escalated ones first, by State).
    for (QTableView *view : findChildren<QTableView *>())
        sortableByHeader(view);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(rows);
    connect(m_read, &LatestRead::loaded, this, &BranchOpportunitiesView::loaded);
    reload();
}

QGroupBox *BranchOpportunitiesView::section(const QString &title, QTableView *view,
                                            QWidget *buttons)
{
    auto *box = new QGroupBox(title, this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(view, 1);
    if (buttons)
        layout->addWidget(buttons);
    m_titles.append({box, title});
    return box;
}

void BranchOpportunitiesView::reload()
{
    Store *store = &m_store;
    m_read->run<Result<BranchOpportunityDesk::Board>>(
            [store, session = m_session] { return BranchOpportunityDesk(*store, session).board(); },
            [this](Result<BranchOpportunityDesk::Board> board) { show(board); });
}

bool BranchOpportunitiesView::isLoading() const
{
    return m_read->isLoading();
}

QList<QAbstractItemModel *> BranchOpportunitiesView::models() const
{
    return {m_pool, m_complaints, m_heldBack, m_escalated};
}

int BranchOpportunitiesView::openCount() const
{
    return m_pool->rowCount() + m_complaints->rowCount();
}

void BranchOpportunitiesView::show(const Result<BranchOpportunityDesk::Board> &board)
{
    if (!board) {
        m_notice->setText(board.errorString());
        return;
    }
    m_pool->setRows(board->pool);
    m_complaints->setRows(board->complaints);
    m_heldBack->setRows(board->heldBack);
    m_escalated->setRows(board->escalated);
    const QVariant chosen = m_manager->currentData();
    m_manager->clear();
    for (const StaffChoice &manager : board->managers)
        m_manager->addItem(manager.displayName, manager.id);
    m_manager->setCurrentIndex(qMax(0, m_manager->findData(chosen)));
    m_assign->setEnabled(!board->pool.isEmpty() && !board->managers.isEmpty());
    const int counts[] = {int(board->pool.size()), int(board->complaints.size()),
                          int(board->heldBack.size()), int(board->escalated.size())};
    for (int i = 0; i < m_titles.size(); ++i)
        m_titles.at(i).first->setTitle(
                QStringLiteral("%1 (%2)").arg(m_titles.at(i).second).arg(counts[i]));
    for (QTableView *view : findChildren<QTableView *>())
        view->resizeColumnsToContents();
}

void BranchOpportunitiesView::assignSelected()
{
    const QModelIndex current = m_poolView->currentIndex();
    if (!current.isValid() || m_manager->currentIndex() < 0) {
        m_notice->setText(tr("Select an opportunity of the pool and a manager first."));
        return;
    }
    const BranchOpportunity opportunity = m_pool->rows().at(current.row());
    const Result<> assigned = BranchOpportunityDesk(m_store, m_session)
            .assign(opportunity.id, StaffId(m_manager->currentData().toString()));
    m_notice->setText(assigned ? tr("%1 now goes to %2.")
                                         .arg(opportunity.customerName, m_manager->currentText())
                               : assigned.errorString());
    reload();
}

} // namespace bd
