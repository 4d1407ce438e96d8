#include "ui/common/WindowFit.h"

#include <QApplication>
#include <QScreen>
#include <QStyle>
#include <QWidget>

namespace bd::WindowFit {

namespace {
// What a window manager adds around a window: a title bar above, a thin border (the room
// QWidget::restoreGeometry itself leaves). Without a window manager there is none.
QSize frameRoom(const QWidget *window)
{
    const int titleBar = window->style()->pixelMetric(QStyle::PM_TitleBarHeight, nullptr, window);
    return {4, titleBar + 4};
}

QRect available(const QWidget *window)
{
    const QScreen *screen = window->screen();
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect();
}
} // namespace

void resizeWithin(QWidget *window, QSize wanted)
{
    const QRect room = available(window);
    if (room.isValid())
        wanted = wanted.boundedTo(room.size() - frameRoom(window));
    window->resize(wanted.expandedTo(window->minimumSize()));
}

bool fits(const QWidget *window)
{
    if (window->isMaximized() || window->isFullScreen())
        return true;
    const QRect room = available(window);
    // pos() of a window is where its frame starts.
    return !room.isValid()
            || room.contains(QRect(window->pos(), window->size() + frameRoom(window)));
}

bool restoreWithin(QWidget *window, const QByteArray &saved, QSize fallback)
{
    if (!saved.isEmpty() && window->restoreGeometry(saved) && fits(window))
        return true;
    window->setWindowState(window->windowState() & ~(Qt::WindowMaximized | Qt::WindowFullScreen));
    resizeWithin(window, fallback);
    if (!fits(window))
        window->move(available(window).topLeft());
    return false;
}

} // namespace bd::WindowFit
