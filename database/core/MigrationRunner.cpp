#include "database/core/MigrationRunner.h"

#include "database/core/DatabaseLogging.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

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

// How far the running step is, for its progress calls. A data step counts its rows through
// the SQL function bd_migration_row(rowid, total) (0035's fill: the estimate of its rows is the
// largest rowid of the table it walks). A clock thread passes the count on every quarter
// second: SQLite's own progress handler stays silent while a sort runs inside one
// instruction (18 s of 0035's GROUP BY and all of 0036's index at 1M customers), and a
// window that says nothing for 18 s reads as a hang.
class StepWatch
{
public:
    explicit StepWatch(const MigrationProgressFn &report)
        : m_report(report)
    {
        m_sinceStart.start();
        if (m_report)
            m_clock = std::thread([this] { tick(); });
    }
    ~StepWatch()
    {
        if (!m_clock.joinable())
            return;
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            m_stopping = true;
        }
        m_wake.notify_all();
        m_clock.join();
    }
    Q_DISABLE_COPY_MOVE(StepWatch)

    // On the opening thread, between steps.
    void begin(int step, int steps, int version, const QString &description)
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_rows = 0;
        m_total = 0;
        m_progress = MigrationProgress{step, steps, version, description, -1, false, 0};
        tellLocked();
    }
    void end()
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_progress.stepDone = true;
        m_total = std::max<qint64>(m_total, 1); // every step ends at 1, counted or not (an
        m_rows = m_total.load();                // estimate may be off)
        tellLocked();
    }
    void countRow(qint64 total)
    {
        ++m_rows;
        m_total = total;
    }

private:
    void tick()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        while (!m_wake.wait_for(lock, std::chrono::milliseconds(kReportEveryMs),
                                [this] { return m_stopping; })) {
            if (m_progress.step > 0 && !m_progress.stepDone)
                tellLocked();
        }
    }
    void tellLocked()
    {
        if (!m_report)
            return;
        const qint64 total = m_total;
        m_progress.fraction = total > 0 ? std::min(1.0, double(m_rows) / double(total)) : -1.0;
        m_progress.elapsedMs = m_sinceStart.elapsed();
        m_report(m_progress);
    }

    static constexpr int kReportEveryMs = 250;
    const MigrationProgressFn &m_report;
    QElapsedTimer m_sinceStart;
    std::mutex m_mutex; // one call of m_report at a time, and m_progress
    std::condition_variable m_wake;
    bool m_stopping = false;
    MigrationProgress m_progress;
    std::atomic<qint64> m_rows{0};
    std::atomic<qint64> m_total{0};
    std::thread m_clock;
};

// bd_migration_row(rowid, total): the rowid only ties the call to the loop over the rows
// counted (a term naming no column would be placed on the outer loop of a join).
void countRow(sqlite3_context *context, int, sqlite3_value **arguments)
{
    static_cast<StepWatch *>(sqlite3_user_data(context))->countRow(sqlite3_value_int64(arguments[1]));
    sqlite3_result_int(context, 1);
}

// The function points at a StepWatch on the runner's stack: it goes with it.
class WatchedHandle
{
public:
    WatchedHandle(sqlite3 *db, StepWatch *watch)
        : m_db(db)
    {
        // Not SQLITE_DETERMINISTIC: it must run once per row, never be folded away.
        sqlite3_create_function(db, "bd_migration_row", 2, SQLITE_UTF8, watch, countRow,
                                nullptr, nullptr);
    }
    ~WatchedHandle()
    {
        sqlite3_create_function(m_db, "bd_migration_row", 2, SQLITE_UTF8, nullptr, nullptr,
                                nullptr, nullptr);
    }
    Q_DISABLE_COPY_MOVE(WatchedHandle)

private:
    sqlite3 *m_db;
};
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

Result<> MigrationRunner::migrate(sqlite3 *db, int fromVersion, const MigrationProgressFn &progress)
{
    return migrateUpTo(db, fromVersion, latestVersion(), progress);
}

Result<> MigrationRunner::migrateUpTo(sqlite3 *db, int fromVersion, int toVersion,
                                      const MigrationProgressFn &progress)
{
    QStringList pending;
    for (const QString &path : migrationFiles()) {
        const int version = versionOf(path);
        if (version > fromVersion && version <= toVersion)
            pending << path;
    }
    StepWatch watch(progress);
    const int steps = int(pending.size());
    int stepNumber = 0;
    const WatchedHandle watched(db, &watch);
    for (const QString &path : std::as_const(pending)) {
        const int version = versionOf(path);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return Error(QStringLiteral("cannot read migration %1").arg(path));
        }
        const QString description
                = QFileInfo(path).completeBaseName().section(QLatin1Char('_'), 1);
        watch.begin(++stepNumber, steps, version, description);
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
            // A step that edits sqlite_schema (0045) must not leave the handle able to write
            // it once the step failed: the pragma is the connection's, not the transaction's.
            (void)exec(db, "PRAGMA writable_schema = RESET");
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
        watch.end();
    }
    return {};
}

} // namespace bd
