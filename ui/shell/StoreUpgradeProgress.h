#pragma once

#include "ui/shell/StoreOpening.h"

#include <QCoreApplication>

class QWidget;

namespace bd {

// Opens the workstation's file on a worker thread. A file an older BranchDesk left is
// upgraded inside the open (a minute at a million customers, issue #15): a window says so
// in the words of the branch ("step 2 of 3") while the GUI thread keeps answering. A file
// that needs no upgrade opens without any window.
class StoreUpgradeProgress
{
    Q_DECLARE_TR_FUNCTIONS(StoreUpgradeProgress)

public:
    // `listener` is also told of each step, on the worker, before the window hears of it
    // (tests slow the upgrade with it to watch the window as a large file's upgrade shows it).
    static StoreOpening open(const QString &path, QWidget *parent = nullptr,
                             const MigrationProgressFn &listener = {});

    // The window's text for a step of the upgrade; `percent` < 0 where the step cannot tell.
    static QString stepText(int step, int steps, int percent);
};

} // namespace bd
