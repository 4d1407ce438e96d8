#include "ui/common/DeskNotice.h"

#include <QApplication>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTimer>

namespace bd {

DeskNotice::DeskNotice(QWidget *parent)
    : QLabel(parent)
    , m_hide(new QTimer(this))
{
    setObjectName(QStringLiteral("deskNotice"));
    setWordWrap(true);
    setFocusPolicy(Qt::NoFocus);
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("QLabel { background: #fff4d6; padding: 4px; }"));
    setVisible(false);
    m_hide->setSingleShot(true);
    m_hide->setInterval(kShownMs);
    connect(m_hide, &QTimer::timeout, this, &QWidget::hide);
}

void DeskNotice::notify(const QString &title, const QString &message)
{
    m_lastMessage = message;
    m_wentToDesktop = QSystemTrayIcon::isSystemTrayAvailable()
            && QSystemTrayIcon::supportsMessages();
    if (m_wentToDesktop) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(qApp->style()->standardIcon(QStyle::SP_MessageBoxInformation),
                                         this);
            m_tray->setToolTip(QApplication::applicationDisplayName());
        }
        m_tray->show();
        m_tray->showMessage(title, message, QSystemTrayIcon::Information, kShownMs);
        return;
    }
    setText(QStringLiteral("<b>%1</b> %2").arg(title.toHtmlEscaped(), message.toHtmlEscaped()));
    setToolTip(message);
    show();
    m_hide->start();
}

} // namespace bd
