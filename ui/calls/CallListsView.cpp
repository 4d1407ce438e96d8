#include "ui/calls/CallListsView.h"

#include "ui/calls/BackgroundCarePlan.h"
#include "ui/calls/CallListModel.h"
#include "ui/calls/ContactRulesDialog.h"
#include "ui/common/RowTableView.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace bd {

CallListsView::CallListsView(Store &store, const Session &session, CallClock clock, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_session(session)
    , m_clock(std::move(clock))
    , m_model(new CallListModel(this))
    , m_table(newRowTableView(m_model, QStringLiteral("callListsTable"), this))
    , m_status(new QLabel(this))
    , m_planCare(new QPushButton(tr("Plan &care tasks"), this))
    , m_carePlan(new BackgroundCarePlan(this))
{
    setObjectName(QStringLiteral("callListsView"));
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(false); // the list's name takes it
    m_table->horizontalHeader()->setSectionResizeMode(CallListModel::Name, QHeaderView::Stretch);
    m_status->setObjectName(QStringLiteral("callListsStatus"));

    auto *rules = new QPushButton(tr("Contact &rules…"), this);
    rules->setObjectName(QStringLiteral("contactRulesButton"));
    connect(rules, &QPushButton::clicked, this, &CallListsView::editContactRules);
    QPushButton *care = m_planCare;
    care->setObjectName(QStringLiteral("planCareButton"));
    care->setToolTip(tr("Make the due care tasks of the branch (90-day plan, birthdays, maturities) "
                        "and recompute lifecycle stages"));
    connect(care, &QPushButton::clicked, this, &CallListsView::planCare);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(care);
    buttons->addWidget(rules);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
}

void CallListsView::refresh()
{
    showLists(CallQueries(m_store).callLists(m_session.branch.id));
}

void CallListsView::showLists(const QList<CallListSummary> &lists)
{
    m_model->setRows(lists);
    for (int column = CallListModel::Mode; column < m_model->columnCount(); ++column)
        m_table->resizeColumnToContents(column);
}

void CallListsView::showStatus(const QString &text)
{
    m_status->setText(text);
}

void CallListsView::editContactRules()
{
    ContactRulesDialog dialog(m_store, m_session, this);
    dialog.exec();
}

void CallListsView::planCare()
{
    if (!m_carePlan->start(m_store, m_session, BackgroundCarePlan::Scope::Branch, m_clock))
        return;
    m_planCare->setEnabled(false);
    m_status->setText(tr("Making the care plan and recomputing lifecycle stages…"));
    connect(m_carePlan, &BackgroundCarePlan::finished, this,
            [this](const BackgroundCarePlan::Outcome &outcome) {
                m_planCare->setEnabled(true);
                m_status->setText(BackgroundCarePlan::summary(outcome));
                refresh();
                emit carePlanned();
            },
            Qt::SingleShotConnection);
}

} // namespace bd
