#include "ui/sync/SyncStatusWidget.h"

#include "app/sync/SyncController.h"
#include "app/sync/SyncStatus.h"
#include "ui/sync/ConflictReviewDialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QToolButton>

#include <cstdlib>

namespace bd {

SyncStatusWidget::SyncStatusWidget(Store &store, const Session &session,
                                   SyncController &controller, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_session(session)
    , m_controller(controller)
    , m_status(new QLabel(this))
    , m_syncNow(new QToolButton(this))
    , m_conflicts(new QToolButton(this))
{
    setObjectName(QStringLiteral("syncStatus"));
    m_status->setObjectName(QStringLiteral("syncStatusText"));
    m_syncNow->setObjectName(QStringLiteral("syncNowButton"));
    m_syncNow->setText(tr("Sync now"));
    m_syncNow->setAutoRaise(true);
    m_conflicts->setObjectName(QStringLiteral("syncConflictsButton"));
    m_conflicts->setAutoRaise(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_conflicts);
    layout->addWidget(m_syncNow);

    connect(m_syncNow, &QToolButton::clicked, &m_controller, &SyncController::syncNow);
    connect(m_conflicts, &QToolButton::clicked, this, [this] {
        ConflictReviewDialog dialog(m_store, m_session, this);
        dialog.exec();
        refresh();
    });
    connect(&m_controller, &SyncController::syncStarted, this, [this] {
        m_status->setText(tr("Syncing…"));
        m_syncNow->setEnabled(false);
    });
    connect(&m_controller, &SyncController::syncFinished, this, &SyncStatusWidget::showReport);
    refresh();
}

QString SyncStatusWidget::statusText() const
{
    return m_status->text();
}

void SyncStatusWidget::showReport(const SyncEngine::Report &report)
{
    m_lastProblem = report.ok ? QString() : report.error;
    refresh();
}

void SyncStatusWidget::refresh()
{
    const SyncStatus sync = SyncStatus::read(m_store, m_session);
    const int waiting = sync.waiting;
    const QString lastSync = sync.lastRoundAt.isValid()
            ? QLocale().toString(sync.lastRoundAt.toLocalTime().time(), QLocale::ShortFormat)
            : QString();
    QString text;
    if (!m_controller.isConfigured())
        text = tr("Working offline (no sync server set) · %n change(s) waiting", nullptr, waiting);
    else if (!m_lastProblem.isEmpty())
        text = tr("Offline · %n change(s) waiting", nullptr, waiting);
    else if (lastSync.isEmpty())
        text = tr("Not synced yet · %n change(s) waiting", nullptr, waiting);
    else
        text = tr("Synced at %1 · %n change(s) waiting", nullptr, waiting).arg(lastSync);
    if (sync.clockWrong())
        text += QStringLiteral(" · ")
                + tr("This computer's clock is %n minute(s) off the server's; "
                     "changes are stamped with the server's time", nullptr,
                     int(std::abs(sync.clockOffsetMs) / 60000));
    if (sync.waitingLong > 0)
        text += QStringLiteral(" · ")
                + tr("%n change(s) from the server waiting for a record that has not arrived",
                     nullptr, sync.waitingLong);
    m_status->setText(text);
    m_status->setToolTip(m_lastProblem);
    m_syncNow->setEnabled(m_controller.isConfigured() && !m_controller.isRunning());
    const int conflicts = sync.openConflicts;
    m_conflicts->setText(tr("Conflicts: %1").arg(conflicts));
    m_conflicts->setVisible(conflicts > 0);
}

} // namespace bd
