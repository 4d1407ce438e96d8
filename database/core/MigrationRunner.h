#pragma once

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

    // Returns false with errorString() set if any step failed.
    bool migrate(sqlite3 *db, int fromVersion);
    QString errorString() const { return m_error; }

private:
    QString m_error;
};

} // namespace bd
