#pragma once

#include "app/domain/Result.h"

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

    // Applies every step after fromVersion; the first failure is the error.
    static Result<> migrate(sqlite3 *db, int fromVersion);
};

} // namespace bd
