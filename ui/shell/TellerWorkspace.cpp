#include "ui/shell/TellerWorkspace.h"

#include "app/services/branchfloor/TellerServicesLeftOpen.h"
#include "database/workspaces/TellerDeskQueries.h"
#include "database/workspaces/ReferralLines.h"
#include "ui/branchfloor/ReferralQueueModel.h"
#include "ui/branchfloor/SevenStepPanel.h"
#include "ui/branchfloor/TellerSessionModel.h"
#include "ui/common/FigureTile.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace bd {

TellerWorkspace::TellerWorkspace(Store &store, const Session &session, QWidget *parent)
    : Workspace(store, session, parent)
    , m_sessions(new TellerSessionModel(this))
    , m_referrals(new ReferralQueueModel(this))
    , m_served(new FigureTile(tr("Customers served today"), this))
    , m_allSteps(new FigureTile(tr("Served with all seven steps"), this))
    , m_referred(new FigureTile(tr("Referrals made today"), this))
{
    setObjectName(QStringLiteral("tellerWorkspace"));

    auto *figures = new QHBoxLayout;
    for (FigureTile *tile : {m_served, m_allSteps, m_referred})
        figures->addWidget(tile);

    auto *lists = new QSplitter(Qt::Vertical, this);
    lists->addWidget(section(tr("Today's counter services"),
                             tableFor(m_sessions, QStringLiteral("tellerSessionsView")),
                             m_sessions));
    lists->addWidget(section(tr("My referrals today"),
                             tableFor(m_referrals, QStringLiteral("tellerReferralsView")),
                             m_referrals));
    lists->setStretchFactor(0, 3);
    lists->setStretchFactor(1, 1);

    auto *left = new QVBoxLayout;
    left->addLayout(figures);
    left->addWidget(lists, 1);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 3);
    m_panel = new SevenStepPanel(store, session, this);
    connect(m_panel, &SevenStepPanel::changed, this, [this] { refresh(); });
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_panel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumWidth(m_panel->sizeHint().width() + 24);
    layout->addWidget(section(tr("Seven steps at the counter"), scroll), 2);
    // The desk opening on a new day closes the services of earlier days nobody came back
    // to; should that fail, they stay open and are closed the next time the desk opens.
    (void)TellerServicesLeftOpen(store, session).closeEarlierDays();
    refresh();
}

void TellerWorkspace::refresh()
{
    const ReferralLines referrals(store());
    const TellerDeskQueries queries(store());
    const QDate today = QDate::currentDate();
    const QList<TellerSessionLine> sessions = queries.tellerSessions(session().user.id, today);
    m_sessions->setRows(sessions);
    m_referrals->setRows(referrals.referralsMadeBy(session().user.id, today));
    const auto complete = std::count_if(sessions.begin(), sessions.end(), [](const auto &line) {
        return line.stepsDone() == TellerSessionLine::kSteps;
    });
    m_served->setValue(QString::number(sessions.size()));
    m_allSteps->setValue(QString::number(complete));
    m_referred->setValue(QString::number(m_referrals->rowCount()));
}

} // namespace bd
