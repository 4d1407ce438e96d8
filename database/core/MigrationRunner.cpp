#include "database/core/MigrationRunner.h"

#include "database/core/DatabaseLogging.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace bd {

namespace {
const char kMigrationDir[] = ":/migrations/sqlite";

int versionOf(const QString &path)
{
    return QFileInfo(path).fileName().section(QLatin1Char('_'), 0, 0).toInt();
}

Result<> exec(sqlite3 *db, const QByteArray &sql)
{
    char *message = nullptr;
    if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        const QString error = QString::fromUtf8(message ? message : sqlite3_errmsg(db));
        sqlite3_free(message);
        return Error(error);
    }
    return {};
}
} // namespace

QStringList MigrationRunner::migrationFiles()
{
    QStringList files;
    const QDir dir(QString::fromLatin1(kMigrationDir));
    for (const QString &name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}

int MigrationRunner::latestVersion()
{
    // The migrations are compiled in: listing them once is enough. Every recorded change
    // carries this number, and listing the resource folder per change was a third of what
    // recording an edit cost (issue 13).
    static const int latest = [] {
        const QStringList files = migrationFiles();
        return files.isEmpty() ? 0 : versionOf(files.last());
    }();
    return latest;
}

Result<> MigrationRunner::migrate(sqlite3 *db, int fromVersion)
{
    return migrateUpTo(db, fromVersion, latestVersion());
}

Result<> MigrationRunner::migrateUpTo(sqlite3 *db, int fromVersion, int toVersion)
{
    for (const QString &path : migrationFiles()) {
        const int version = versionOf(path);
        if (version <= fromVersion)
            continue;
        if (version > toVersion)
            break;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return Error(QStringLiteral("cannot read migration %1").arg(path));
        }
        const QString description
                = QFileInfo(path).completeBaseName().section(QLatin1Char('_'), 1);
        QByteArray step = "BEGIN IMMEDIATE;\n"
                          "CREATE TABLE IF NOT EXISTS schema_version (\n"
                          "  version INTEGER PRIMARY KEY, description TEXT NOT NULL,\n"
                          "  applied_at TEXT NOT NULL);\n";
        step += file.readAll();
        step += "\n;INSERT INTO schema_version(version, description, applied_at) VALUES ("
                + QByteArray::number(version) + ", '" + description.toUtf8() + "', '"
                + SqlTime::now().toUtf8() + "');\n";
        step += "PRAGMA application_id = " + QByteArray::number(Store::kApplicationId) + ";\n";
        step += "COMMIT;";
        if (const Result<> applied = exec(db, step); !applied) {
            const QString error = applied.errorString();
            (void)exec(db, "ROLLBACK");
            const QString message = QCoreApplication::translate("MigrationRunner",
                                                  "Upgrading the database to version %1 failed: "
                                                  "%2. The database was left at version %3.")
                              .arg(version)
                              .arg(error)
                              .arg(fromVersion);
            qCWarning(lcDb) << "migration" << path << "failed:" << error;
            return Error(message);
        }
        qCInfo(lcDb) << "applied migration" << version << description;
        fromVersion = version;
    }
    return {};
}

} // namespace bd
