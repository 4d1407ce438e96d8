#include "ui/branchfloor/ReferralInbox.h"

#include "app/domain/DomainTerms.h"
#include "app/domain/Money.h"
#include "app/services/branchfloor/ReferralDesk.h"
#include "app/services/branchfloor/ReferralLifecycle.h"
#include "database/workspaces/ReferralLines.h"
#include "ui/branchfloor/ReferralQueueModel.h"
#include "ui/common/LatestRead.h"
#include "ui/common/RowTableView.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace bd {

ReferralInbox::ReferralInbox(Store &store, const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_session(session)
    , m_read(new LatestRead(this))
    , m_model(new ReferralQueueModel(this))
    , m_view(newRowTableView(m_model, QStringLiteral("referralInboxView"), this))
    , m_badge(new QLabel(this))
{
    setObjectName(QStringLiteral("referralInbox"));
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_badge->setObjectName(QStringLiteral("referralBadge"));
    m_badge->hide(); // until the inbox is read
    m_badge->setStyleSheet(QStringLiteral(
            "QLabel { background: #c62828; color: white; border-radius: 9px; padding: 1px 8px;"
            " font-weight: bold; }"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_badge);
    const struct { ReferralState to; const char *text; } moves[] = {
            {ReferralState::Accepted, QT_TR_NOOP("&Accept")},
            {ReferralState::Contacted, QT_TR_NOOP("Co&ntacted")},
            {ReferralState::Met, QT_TR_NOOP("&Met")},
            {ReferralState::Converted, QT_TR_NOOP("Conver&ted...")},
            {ReferralState::Declined, QT_TR_NOOP("&Declined")}};
    for (const auto &move : moves) {
        auto *button = new QPushButton(tr(move.text), this);
        const ReferralState to = move.to;
        button->setObjectName(QStringLiteral("inbox_") + WorkStates::code(to));
        m_actions << qMakePair(button, to);
        connect(button, &QPushButton::clicked, this, [this, to] {
            std::optional<Money> converted;
            if (to == ReferralState::Converted) {
                bool ok = false;
                const QString typed = QInputDialog::getText(
                        this, tr("Converted"), tr("New AUM the customer brought in (CNY):"),
                        QLineEdit::Normal, QString(), &ok);
                if (!ok)
                    return;
                const auto money = Money::parse(typed);
                if (!money) {
                    QMessageBox::warning(this, tr("Converted"), tr("That is not an amount."));
                    return;
                }
                converted = money;
            }
            if (!moveSelected(to, converted))
                QMessageBox::warning(this, tr("Referral"), m_lastProblem);
        });
        buttons->addWidget(button);
    }
    buttons->addStretch();
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { updateButtons(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { updateButtons(); });
    connect(m_read, &LatestRead::loaded, this, &ReferralInbox::loaded);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_view, 1);
    refresh();
}

namespace {
struct InboxRead
{
    QList<ReferralLine> lines;
    int newCount = 0;
};
} // namespace

void ReferralInbox::refresh(const QString &thenSelect)
{
    Store &store = m_store;
    m_read->run<InboxRead>(
            [&store, session = m_session] {
                // Whoever opens the inbox first after the deadline escalates the overdue
                // referrals.
                (void)ReferralDesk(store, session).escalateOverdue();
                const ReferralLines queries(store);
                return InboxRead{queries.referralInbox(session.user.id, session.branch.id),
                                 queries.newReferralCount(session.user.id)};
            },
            [this, thenSelect](InboxRead read) {
                // A background sync round reads the inbox again: the highlighted referral
                // stays highlighted (by id: rows may have come or gone above it).
                const QString keep = thenSelect.isEmpty() ? selectedId() : thenSelect;
                m_model->setRows(read.lines);
                m_badgeCount = read.newCount;
                m_badge->setText(tr("%n new", nullptr, m_badgeCount));
                m_badge->setVisible(m_badgeCount > 0);
                m_view->resizeColumnsToContents();
                if (!keep.isEmpty())
                    select(keep);
            });
}

bool ReferralInbox::isLoading() const
{
    return m_read->isLoading();
}

QString ReferralInbox::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(Qt::UserRole).toString();
}

bool ReferralInbox::select(const QString &referralId)
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->rows().at(row).id == referralId) {
            m_view->selectRow(row);
            return true;
        }
    }
    return false;
}

void ReferralInbox::updateButtons()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const std::optional<ReferralState> status =
            rows.isEmpty() ? std::nullopt : m_model->rows().at(rows.first().row()).status;
    for (const auto &[button, to] : std::as_const(m_actions))
        button->setEnabled(status && ReferralLifecycle::canMove(*status, to));
}

bool ReferralInbox::moveSelected(ReferralState to, std::optional<Money> converted)
{
    const QString id = selectedId();
    if (id.isEmpty()) {
        m_lastProblem = tr("Select a referral first.");
        return false;
    }
    const ReferralDesk::Result result =
            ReferralDesk(m_store, m_session).move(id, WorkStates::code(to), {}, converted);
    if (!result.ok) {
        m_lastProblem = result.refusal;
        return false;
    }
    refresh(id);
    emit changed();
    return true;
}

} // namespace bd
