#include "ui/shell/LobbyWorkspace.h"

#include "database/workspaces/LobbyDeskQueries.h"
#include "database/workspaces/ReferralLines.h"
#include "ui/branchfloor/LobbyVisitModel.h"
#include "ui/branchfloor/ReferralFormDialog.h"
#include "ui/branchfloor/ReferralQueueModel.h"
#include "ui/branchfloor/WalkInLog.h"
#include "ui/common/FigureTile.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace bd {

LobbyWorkspace::LobbyWorkspace(Store &store, const Session &session, QWidget *parent)
    : Workspace(store, session, parent)
    , m_walkIn(new WalkInLog(store, session, this))
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

    connect(m_walkIn, &WalkInLog::saved, this, [this] { refresh(); });

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(section(tr("Log a walk-in"), m_walkIn));
    splitter->addWidget(section(tr("Today's walk-ins"),
                                tableFor(m_visits, QStringLiteral("lobbyVisitsView")), m_visits));
    splitter->addWidget(section(tr("Open referral queue"),
                                tableFor(m_referrals, QStringLiteral("referralQueueView")),
                                m_referrals));
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 2);
    splitter->setSizes({420, 300, 200});

    auto *newForm = new QPushButton(tr("New referral &form..."), this);
    newForm->setObjectName(QStringLiteral("newReferralFormButton"));
    connect(newForm, &QPushButton::clicked, this, [this] {
        ReferralForm form;
        form.source = QStringLiteral("lobby");
        auto *dialog = new ReferralFormDialog(this->store(), this->session(), form, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this] { refresh(); });
        dialog->open();
    });
    figures->addWidget(newForm);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(figures);
    layout->addWidget(splitter, 1);
    refresh();
}

void LobbyWorkspace::refresh()
{
    const LobbyDeskQueries queries(store());
    const ReferralLines referrals(store());
    const QString branchId = session().branch.id;
    const QDate today = QDate::currentDate();
    m_visits->setRows(queries.lobbyVisits(branchId, today));
    m_referrals->setRows(referrals.openReferrals(branchId));
    const ValueClassCounts counts = queries.visitCounts(branchId, today);
    m_vip->setValue(QString::number(counts.vip));
    m_potentialVip->setValue(QString::number(counts.potentialVip));
    m_ordinary->setValue(QString::number(counts.ordinary));
    m_openReferrals->setValue(QString::number(m_referrals->rowCount()));
}

} // namespace bd
