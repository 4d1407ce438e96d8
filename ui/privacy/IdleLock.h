#pragma once

#include "app/services/core/Session.h"

#include <QObject>
#include <QPointer>

#include <chrono>

class QMainWindow;
class QMenu;
class QTimer;
class QWidget;

namespace bd {

class LockScreen;
class Store;

// Locks the signed-in window after a time without keyboard or mouse input: the central
// widget (the workspace), the toolbars and every other window of it (customer 360s,
// dialogs) are taken away and a LockScreen takes their place until the same user types
// their password again, or signs out (so another user can sign in). The time comes from
// the setting security/idleLockMinutes (default 10).
class IdleLock : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultMinutes = 10;
    static constexpr const char *kSettingsKey = "security/idleLockMinutes";
    static int configuredMinutes(); // from QSettings, 1 to 240

    IdleLock(Store &store, const Session &session, QMainWindow *window);
    ~IdleLock() override;

    void setTimeout(std::chrono::milliseconds timeout); // tests use a short one
    std::chrono::milliseconds timeout() const;
    bool isLocked() const { return m_locked; }
    void lock();
    // The "Lock now" and "Idle lock…" actions, added to a menu of the window.
    void addActionsTo(QMenu *menu);

signals:
    void lockedChanged(bool locked);
    void signOutRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void tryUnlock(const QString &password);
    void unlock();
    void chooseTimeout();

    Store &m_store;
    Session m_session;
    QMainWindow *m_window;
    QTimer *m_timer;
    bool m_locked = false;
    QPointer<LockScreen> m_lockScreen;
    QPointer<QWidget> m_central;             // the workspace, kept while locked
    QList<QPointer<QWidget>> m_hiddenWindows; // 360s and dialogs hidden by the lock
    QList<QPointer<QWidget>> m_hiddenBars;
};

} // namespace bd
