#include "TellerWorkspace.h"

#include "BranchTerms.h"
#include "FigureTile.h"
#include "ReferralQueueModel.h"
#include "TellerSessionModel.h"
#include "WorkspaceQueries.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
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
    layout->addWidget(section(tr("Seven steps at the counter"), sevenStepGuide()), 1);
    refresh();
}

QWidget *TellerWorkspace::sevenStepGuide()
{
    auto *guide = new QWidget(this);
    guide->setObjectName(QStringLiteral("sevenStepGuide"));
    auto *grid = new QGridLayout(guide);
    grid->setVerticalSpacing(10);
    for (int step = 0; step < BranchTerms::kTellerSteps; ++step) {
        auto *number = new QLabel(QString::number(step + 1), guide);
        QFont bold = number->font();
        bold.setBold(true);
        bold.setPointSizeF(bold.pointSizeF() * 1.3);
        number->setFont(bold);
        number->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
        auto *text = new QLabel(QStringLiteral("<b>%1</b><br>%2")
                                        .arg(BranchTerms::tellerStep(step).toHtmlEscaped(),
                                             BranchTerms::tellerStepHint(step).toHtmlEscaped()),
                                guide);
        text->setWordWrap(true);
        text->setMinimumWidth(220);
        grid->addWidget(number, step, 0);
        grid->addWidget(text, step, 1);
    }
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(BranchTerms::kTellerSteps, 1);
    return guide;
}

void TellerWorkspace::refresh()
{
    const WorkspaceQueries queries(store());
    const QDate today = QDate::currentDate();
    const QList<TellerSessionLine> sessions = queries.tellerSessions(session().user.id, today);
    m_sessions->setRows(sessions);
    m_referrals->setRows(queries.referralsMadeBy(session().user.id, today));
    const auto complete = std::count_if(sessions.begin(), sessions.end(), [](const auto &line) {
        return line.stepsDone() == TellerSessionLine::kSteps;
    });
    m_served->setValue(QString::number(sessions.size()));
    m_allSteps->setValue(QString::number(complete));
    m_referred->setValue(QString::number(m_referrals->rowCount()));
}

} // namespace bd
