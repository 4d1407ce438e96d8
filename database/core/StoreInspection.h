#pragma once

#include <QCoreApplication>
#include <QString>

namespace bd {

// Looks at an existing file read-only before the Store opens it for writing, so that a
// file we cannot read, do not own or do not understand is refused untouched.
struct StoreInspection
{
    Q_DECLARE_TR_FUNCTIONS(StoreInspection)
public:

    enum class Verdict { Missing, Empty, Ours, NotSqlite, Corrupt, NotOurs, Newer };

    Verdict verdict = Verdict::Missing;
    int schemaVersion = 0;
    QString message; // translated, for the person who picked the file
    QString detail; // why a NotSqlite or Corrupt file cannot be read, for another sentence

    static StoreInspection inspect(const QString &path, int latestSchemaVersion);
    // The same for another kind of BranchDesk file (the server's embedded store), told
    // apart by the application id in its header.
    static StoreInspection inspect(const QString &path, int latestSchemaVersion,
                                   qint64 expectedApplicationId);
};

} // namespace bd
