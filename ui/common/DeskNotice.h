#pragma once

#include <QLabel>

class QSystemTrayIcon;
class QTimer;

namespace bd {

// A notice that something arrived without anyone asking (issue #17: a new opportunity on
// an online manager's desk). Through the desktop's notifications when it has a system
// tray that shows messages (QSystemTrayIcon::showMessage), otherwise as a line in the
// window that goes after a while. Never modal, never takes the focus.
class DeskNotice : public QLabel
{
    Q_OBJECT

public:
    explicit DeskNotice(QWidget *parent = nullptr);

    void notify(const QString &title, const QString &message);
    // Whether the last notice went to the desktop (else it is this line in the window).
    bool wentToDesktop() const { return m_wentToDesktop; }
    QString lastMessage() const { return m_lastMessage; }

    static constexpr int kShownMs = 20000;

private:
    QSystemTrayIcon *m_tray = nullptr;
    QTimer *m_hide;
    QString m_lastMessage;
    bool m_wentToDesktop = false;
};

} // namespace bd
