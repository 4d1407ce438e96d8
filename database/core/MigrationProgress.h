#pragma once

#include <QString>

#include <functional>

namespace bd {

// Where the upgrade of an older file stands, told to whoever opens it (the workstation's
// progress window, branchdesk-admin's stderr): an old file at a million customers takes a
// minute, and a silent minute before any window reads as a hang (issue #15, item 21).
struct MigrationProgress
{
    int step = 0;   // 1-based, among the steps this open applies
    int steps = 0;  // how many steps this open applies
    int version = 0;
    QString description; // the migration's name (00NN_<description>.sql): for logs, not screens
    // Within the step, 0..1 where the step counts its rows (bd_migration_row); -1 where it
    // cannot tell (an index being built): then the call only says the step is still going.
    double fraction = -1;
    bool stepDone = false; // the step is committed
    qint64 elapsedMs = 0; // since the upgrade began
};

// Called at each step's start and end (on the opening thread) and, during a step, every
// quarter second (on the runner's clock thread): one call at a time, never after the open.
using MigrationProgressFn = std::function<void(const MigrationProgress &)>;

} // namespace bd
