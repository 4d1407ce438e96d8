#pragma once

#include "database/core/MigrationProgress.h"

#include <QString>

#include <memory>

namespace bd {

class Store;

// Opens the workstation's database file. A file that is not ours, damaged or newer than
// this program is refused untouched: the result has no store and says why.
struct StoreOpening
{
    std::unique_ptr<Store> store;
    QString error;        // translated, for a message box or stderr
    bool created = false; // a new, empty database was made

    bool ok() const { return store != nullptr; }
};

// `progress` hears of an older file's upgrade, on the calling thread (StoreUpgradeProgress
// shows it).
StoreOpening openWorkstationStore(const QString &path, const MigrationProgressFn &progress = {});

} // namespace bd
