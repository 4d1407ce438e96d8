#include "ui/shell/LobbyWorkspace.h"

#include "app/services/branchfloor/ReferralDesk.h"
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

    // The form of the potential VIP just logged prints from here, filed once with the walk-in.
    auto *printForm = new QPushButton(tr("&Print the walk-in's form..."), this);
    printForm->setObjectName(QStringLiteral("printWalkInForm"));
    printForm->setEnabled(false);
    connect(m_walkIn, &WalkInLog::saved, this,
            [this, printForm](const QString &, const QString &referralId) {
        m_lastReferralId = referralId;
        printForm->setEnabled(!referralId.isEmpty());
        refresh();
    });
    connect(printForm, &QPushButton::clicked, this, [this] { openFiledForm(m_lastReferralId); });

    // The walk-in log beside the lists, not above them: stacked, the desk needed 936 px of
    // height and a 1366x768 screen cut off the route and the save button.
    auto *lists = new QSplitter(Qt::Vertical, this);
    lists->addWidget(section(tr("Today's walk-ins"),
                             tableFor(m_visits, QStringLiteral("lobbyVisitsView")), m_visits));
    lists->addWidget(section(tr("Open referral queue"),
                             tableFor(m_referrals, QStringLiteral("referralQueueView")),
                             m_referrals));
    lists->setStretchFactor(0, 3);
    lists->setStretchFactor(1, 2);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(section(tr("Log a walk-in"), m_walkIn));
    splitter->addWidget(lists);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({760, 600}); // the log as narrow as it goes, the lists readable

    auto *newForm = new QPushButton(tr("Ne&w referral form..."), this);
    newForm->setObjectName(QStringLiteral("newReferralFormButton"));
    connect(newForm, &QPushButton::clicked, this, [this] {
        ReferralForm form;
        form.source = QStringLiteral("lobby");
        auto *dialog = new ReferralFormDialog(this->store(), this->session(), form, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this] { refresh(); });
        dialog->open();
    });
    figures->addWidget(printForm);
    figures->addWidget(newForm);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(figures);
    layout->addWidget(splitter, 1);
    refresh();
}

void LobbyWorkspace::openFiledForm(const QString &referralId)
{
    const std::optional<ReferralForm> form = ReferralDesk(store(), session()).filed(referralId);
    if (!form)
        return;
    auto *dialog = new ReferralFormDialog(store(), session(), *form, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->showFiled(referralId);
    dialog->open();
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
