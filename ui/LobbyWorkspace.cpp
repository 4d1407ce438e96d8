#include "LobbyWorkspace.h"

#include "FigureTile.h"
#include "LobbyVisitModel.h"
#include "ReferralQueueModel.h"
#include "WorkspaceQueries.h"

#include <QHBoxLayout>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace bd {

LobbyWorkspace::LobbyWorkspace(Store &store, const Session &session, QWidget *parent)
    : Workspace(store, session, parent)
    , m_visits(new LobbyVisitModel(this))
    , m_referrals(new ReferralQueueModel(this))
    , m_vip(new FigureTile(tr("VIP customers today"), this))
    , m_potentialVip(new FigureTile(tr("Potential VIPs today"), this))
    , m_ordinary(new FigureTile(tr("Ordinary customers today"), this))
    , m_openReferrals(new FigureTile(tr("Referrals waiting"), this))
{
    setObjectName(QStringLiteral("lobbyWorkspace"));

    auto *figures = new QHBoxLayout;
    for (FigureTile *tile : {m_vip, m_potentialVip, m_ordinary, m_openReferrals})
        figures->addWidget(tile);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(section(tr("Today's walk-ins"),
                                tableFor(m_visits, QStringLiteral("lobbyVisitsView")), m_visits));
    splitter->addWidget(section(tr("Open referral queue"),
                                tableFor(m_referrals, QStringLiteral("referralQueueView")),
                                m_referrals));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(figures);
    layout->addWidget(splitter, 1);
    refresh();
}

void LobbyWorkspace::refresh()
{
    const WorkspaceQueries queries(store());
    const QString branchId = session().branch.id;
    const QDate today = QDate::currentDate();
    m_visits->setRows(queries.lobbyVisits(branchId, today));
    m_referrals->setRows(queries.openReferrals(branchId));
    const ValueClassCounts counts = queries.visitCounts(branchId, today);
    m_vip->setValue(QString::number(counts.vip));
    m_potentialVip->setValue(QString::number(counts.potentialVip));
    m_ordinary->setValue(QString::number(counts.ordinary));
    m_openReferrals->setValue(QString::number(m_referrals->rowCount()));
}

} // namespace bd
