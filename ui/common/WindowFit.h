#pragma once

#include <QByteArray>
#include <QSize>

class QWidget;

namespace bd::WindowFit {

// Top-level windows sized to fit the screen they open on (outside testing, issue 15 F14: with
// no window manager on a 1366x768 screen the main window opened 1280x800 and its bottom,
// buttons included, was cut off). Sizes and saved geometries are bounded by the screen's
// available geometry less room for a title bar, which a window manager adds outside it.

// Resizes `window` to `wanted`, or less where the screen has less room.
void resizeWithin(QWidget *window, QSize wanted);

// Restores `saved` (QWidget::saveGeometry) when the window it gives fits this screen: one
// saved on a larger screen opens at `fallback` (resizeWithin) at the screen's corner instead.
// False when the saved geometry was not taken.
bool restoreWithin(QWidget *window, const QByteArray &saved, QSize fallback);

// Whether `window`, with room for its title bar, lies within its screen's available geometry.
bool fits(const QWidget *window);

} // namespace bd::WindowFit
