#pragma once

#include "app/domain/Result.h"
#include "database/core/MigrationProgress.h"

#include <QString>
#include <QStringList>

struct sqlite3;

namespace bd {

// Applies the numbered SQL files under :/migrations/sqlite, each in its own transaction,
// recording each in schema_version. A failed step rolls back and leaves the previous
// version intact.
class MigrationRunner
{
public:
    static int latestVersion();
    static QStringList migrationFiles(); // sorted resource paths

    // Applies every step after fromVersion; the first failure is the error. `progress`, if
    // given, hears of each step (n of m) and, during a long one, about every quarter second.
    static Result<> migrate(sqlite3 *db, int fromVersion, const MigrationProgressFn &progress = {});

    // Applies the steps after fromVersion up to and including toVersion, and stops there.
    // A desk never stops half way; tests do, to make a file of an older schema exactly as an
    // older BranchDesk made it (tests/common/OlderDeskFile.h), instead of undoing by hand
    // what each later migration made.
    static Result<> migrateUpTo(sqlite3 *db, int fromVersion, int toVersion,
                                const MigrationProgressFn &progress = {});
};

} // namespace bd
