#pragma once

#include "app/domain/Result.h"
#include "database/core/MigrationProgress.h"

#include <QString>

namespace bd {

class Store;

// Opens the workstation's own database for use: the Store (inspection, configuration,
// migrations), then what the file derives from its rows and a file from an older build
// may lack (the customer search index). The Store itself knows nothing of features.
namespace WorkstationStore {
// `progress` hears of an older file's upgrade (Store::open).
Result<> open(Store &store, const QString &path, const MigrationProgressFn &progress = {});
} // namespace WorkstationStore

} // namespace bd
