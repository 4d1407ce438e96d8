#pragma once

#include <QString>

namespace bd::AppResources {
// ":/icons/branchdesk.svg", for QIcon / window icons.
QString iconPath();
// "io.github.branchdesk.BranchDesk": the reverse-DNS application id used for the
// .desktop file, the AppStream metainfo and the installed icon. Pass it to
// QGuiApplication::setDesktopFileName() so desktops match windows to the launcher.
QString applicationId();
} // namespace bd::AppResources
