#include "ui/privacy/IdleLock.h"

#include "app/services/staff/AuthService.h"
#include "ui/privacy/LockScreen.h"

#include <QApplication>
#include <QEvent>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTimer>
#include <QToolBar>

namespace bd {

int IdleLock::configuredMinutes()
{
    const int minutes = QSettings().value(QLatin1String(kSettingsKey), kDefaultMinutes).toInt();
    return minutes >= 1 && minutes <= 240 ? minutes : kDefaultMinutes;
}

IdleLock::IdleLock(Store &store, const Session &session, QMainWindow *window)
    : QObject(window)
    , m_store(store)
    , m_session(session)
    , m_window(window)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(std::chrono::minutes(configuredMinutes()));
    connect(m_timer, &QTimer::timeout, this, &IdleLock::lock);
    qApp->installEventFilter(this);
    m_timer->start();
}

IdleLock::~IdleLock()
{
    qApp->removeEventFilter(this);
}

void IdleLock::setTimeout(std::chrono::milliseconds timeout)
{
    m_timer->setInterval(timeout);
    if (!m_locked)
        m_timer->start();
}

std::chrono::milliseconds IdleLock::timeout() const
{
    return m_timer->intervalAsDuration();
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (!m_locked)
            m_timer->start(); // input anywhere in the application counts as use
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleLock::lock()
{
    if (m_locked)
        return;
    m_locked = true;
    m_timer->stop();
    // Every other window of this user (360s, dialogs) goes out of sight.
    const QList<QWidget *> children = m_window->findChildren<QWidget *>();
    for (QWidget *child : children) {
        if (child->isWindow() && child->isVisible()) {
            m_hiddenWindows << child;
            child->hide();
        }
    }
    const QList<QToolBar *> bars = m_window->findChildren<QToolBar *>();
    for (QToolBar *bar : bars) {
        if (bar->isVisible()) {
            m_hiddenBars << bar;
            bar->hide();
        }
    }
    m_window->menuBar()->setEnabled(false);
    // The workspace leaves the window altogether: nothing of it can be seen or grabbed.
    m_central = m_window->takeCentralWidget();
    if (m_central)
        m_central->hide();
    m_lockScreen = new LockScreen(m_session.user.displayName);
    connect(m_lockScreen, &LockScreen::unlockRequested, this, &IdleLock::tryUnlock);
    connect(m_lockScreen, &LockScreen::signOutRequested, this, &IdleLock::signOutRequested);
    m_window->setCentralWidget(m_lockScreen);
    m_lockScreen->reset();
    emit lockedChanged(true);
}

void IdleLock::tryUnlock(const QString &password)
{
    // A real sign-in: wrong passwords count towards the lock-out and are audited.
    const AuthService::Result result
            = AuthService(m_store).signIn(m_session.user.username, password);
    if (result.outcome != AuthService::Outcome::SignedIn || !result.session
        || result.session->user.id != m_session.user.id) {
        m_lockScreen->showProblem(result.message.isEmpty() ? tr("Wrong password.")
                                                           : result.message);
        return;
    }
    unlock();
}

void IdleLock::unlock()
{
    if (!m_locked)
        return;
    QWidget *lockScreen = m_window->takeCentralWidget();
    if (lockScreen)
        lockScreen->deleteLater();
    if (m_central) {
        m_window->setCentralWidget(m_central);
        m_central->show();
    }
    for (const QPointer<QWidget> &bar : std::as_const(m_hiddenBars)) {
        if (bar)
            bar->show();
    }
    for (const QPointer<QWidget> &window : std::as_const(m_hiddenWindows)) {
        if (window)
            window->show();
    }
    m_hiddenBars.clear();
    m_hiddenWindows.clear();
    m_window->menuBar()->setEnabled(true);
    m_locked = false;
    m_timer->start();
    emit lockedChanged(false);
}

void IdleLock::addActionsTo(QMenu *menu)
{
    QAction *lockNow = menu->addAction(tr("&Lock now"), this, &IdleLock::lock);
    lockNow->setObjectName(QStringLiteral("lockNowAction"));
    lockNow->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    QAction *choose = menu->addAction(tr("&Idle lock…"), this, &IdleLock::chooseTimeout);
    choose->setObjectName(QStringLiteral("idleLockSettingAction"));
    choose->setStatusTip(tr("How long the workstation waits without use before it locks"));
}

void IdleLock::chooseTimeout()
{
    bool ok = false;
    const int minutes = QInputDialog::getInt(
            m_window, tr("Idle lock"),
            tr("Lock the workstation after this many minutes without use:"),
            configuredMinutes(), 1, 240, 1, &ok);
    if (!ok)
        return;
    QSettings().setValue(QLatin1String(kSettingsKey), minutes);
    setTimeout(std::chrono::minutes(minutes));
}

} // namespace bd
