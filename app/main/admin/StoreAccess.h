#pragma once

#include "database/core/MigrationProgress.h"

#include <QString>

namespace bd {
class Store;
}

namespace bd::admin::StoreAccess {
// Opens a database that must already exist (every command but init and demo): a missing
// path is not silently made into a new, empty database. Prints why on failure.
bool openExisting(Store &store, const QString &path);
// Lines on stderr for an older file's upgrade inside the open (a minute at a million
// customers): each step's start and end, and in between one line a second.
MigrationProgressFn upgradeLines();
// Removes a database file this run created, with its -wal/-shm companions (after a
// failed init or demo, so a half-made file is not left behind).
void removeCreated(Store &store);
} // namespace bd::admin::StoreAccess
