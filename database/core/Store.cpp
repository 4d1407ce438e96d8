#include "database/core/Store.h"

#include "app/domain/Uuid7.h"
#include "database/core/ClockCorrection.h"
#include "database/core/DatabaseLogging.h"
#include "database/core/FieldKeys.h"
#include "database/core/MigrationRunner.h"
#include "database/core/StoreInspection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <sqlite3.h>

#include <atomic>
#include <cerrno>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace bd {

namespace {
// Once per thread, never reused (unlike a QThread address): see Store::database().
quint64 currentThreadSerial()
{
    static std::atomic<quint64> threadsSeen{0};
    thread_local const quint64 serial = ++threadsSeen;
    return serial;
}

std::atomic<int> g_storeCounter{0};

// Transactions of this process's connections that ended (committed or rolled back): a
// write transaction holds the file's write lock, so what a connection read of the file's
// clock (hlc_last) in it stays true until this moves. Any connection's end counts, so an
// unrelated one only costs a read again.
std::atomic<quint64> g_transactionsEnded{0};
int noteCommit(void *)
{
    ++g_transactionsEnded;
    return 0; // the commit goes on
}
void noteRollback(void *)
{
    ++g_transactionsEnded;
}
void noteTransactionEnds(const QSqlDatabase &db)
{
    if (sqlite3 *handle = Store::nativeHandle(db)) {
        sqlite3_commit_hook(handle, noteCommit, nullptr);
        sqlite3_rollback_hook(handle, noteRollback, nullptr);
    }
}

bool pragma(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement)) {
        qCWarning(lcDb) << statement << "failed:" << query.lastError().text();
        return false;
    }
    return true;
}
} // namespace

Store::Store()
    : m_connectionPrefix(QStringLiteral("branchdesk-store-%1").arg(++g_storeCounter))
{
}

Store::~Store()
{
    close();
}

sqlite3 *Store::nativeHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver()->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.data());
}

int Store::latestSchemaVersion()
{
    return MigrationRunner::latestVersion();
}

namespace {
// The file holds personal data (sealed or not): only its owner may read it. SQLite gives
// the -wal and -shm files the mode of the database file, so restricting that one (before
// the first connection creates them) restricts all three. An existing file left readable by
// others (created by an older version) is tightened when it is opened.
bool restrictToOwner(const QString &path, bool create)
{
    const QByteArray name = QFile::encodeName(path);
    if (create) {
        // O_EXCL: an empty file that exists may be open in a Store of this process already,
        // and a close() of any descriptor of it would drop SQLite's locks (StoreInspection).
        const int fd = ::open(name.constData(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
        if (fd < 0 && errno != EEXIST)
            return false;
        if (fd >= 0)
            ::close(fd);
    }
    for (const char *suffix : {"", "-wal", "-shm"}) {
        const QByteArray file = name + suffix;
        struct stat info {};
        if (::stat(file.constData(), &info) != 0)
            continue;
        if ((info.st_mode & 077) != 0 && ::chmod(file.constData(), info.st_mode & 0700) != 0)
            return false;
    }
    return true;
}
} // namespace

Result<> Store::open(const QString &path, const MigrationProgressFn &progress)
{
    close();
    m_path = QFileInfo(path).absoluteFilePath();
    m_created = false;

    const StoreInspection inspection = StoreInspection::inspect(m_path, latestSchemaVersion());
    switch (inspection.verdict) {
    case StoreInspection::Verdict::NotSqlite:
        m_status = Status::NotSqlite;
        return Error(inspection.message);
    case StoreInspection::Verdict::Corrupt:
        m_status = Status::Corrupt;
        return Error(inspection.message);
    case StoreInspection::Verdict::NotOurs:
        m_status = Status::NotOurs;
        return Error(inspection.message);
    case StoreInspection::Verdict::Newer:
        m_status = Status::Newer;
        return Error(inspection.message);
    case StoreInspection::Verdict::Missing:
    case StoreInspection::Verdict::Empty:
        m_created = true;
        break;
    case StoreInspection::Verdict::Ours:
        break;
    }

    if (m_created && !QDir().mkpath(QFileInfo(m_path).absolutePath())) {
        m_status = Status::CannotOpen;
        return Error(QCoreApplication::translate("Store", "Cannot create the folder for %1.")
                             .arg(m_path));
    }

    if (!restrictToOwner(m_path, m_created))
        qCWarning(lcDb) << "cannot make" << m_path << "readable by its owner only";
    QSqlDatabase db = openConnection(m_connectionPrefix);
    if (!db.isOpen()) {
        m_status = Status::CannotOpen;
        const QString message = QCoreApplication::translate("Store", "Cannot open %1: %2")
                                        .arg(m_path, db.lastError().text());
        QSqlDatabase::removeDatabase(m_connectionPrefix);
        return Error(message);
    }
    m_threadConnections.insert(currentThreadSerial(), m_connectionPrefix);
    noteTransactionEnds(db);
    qCInfo(lcDb) << "opened" << m_path << "with SQLite" << sqlite3_libversion();

    if (const Result<> migrated = MigrationRunner::migrate(
                nativeHandle(db), inspection.schemaVersion,
                m_created ? MigrationProgressFn() : progress); // a new file is made at once
        !migrated) {
        m_status = Status::MigrationFailed;
        close();
        m_status = Status::MigrationFailed;
        return migrated.error();
    }
    m_status = Status::Open;

    m_nodeId = setting(QStringLiteral("node_id"));
    if (m_nodeId.isEmpty()) {
        m_nodeId = Uuid7Generator::generate();
        setSetting(QStringLiteral("node_id"), m_nodeId);
    }
    ClockCorrection::setOffset(m_nodeId, setting(QStringLiteral("clock_offset_ms")).toLongLong());
    m_clock = std::make_unique<HybridLogicalClock>(m_nodeId, [this] {
        return ClockCorrection::machineTime(m_nodeId) + m_clockSkewMs.load()
                + ClockCorrection::correction(m_nodeId);
    });
    m_clock->restore(HlcStamp::fromString(setting(QStringLiteral("hlc_last"))));

    m_fieldKeyId = setting(QStringLiteral("field_key_id"));
    return {};
}

QSqlDatabase Store::openConnection(const QString &name) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return db;
    pragma(db, QStringLiteral("PRAGMA journal_mode = WAL"));
    pragma(db, QStringLiteral("PRAGMA synchronous = NORMAL"));
    pragma(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    pragma(db, QStringLiteral("PRAGMA busy_timeout = 5000"));
    pragma(db, QStringLiteral("PRAGMA temp_store = MEMORY"));
    pragma(db, QStringLiteral("PRAGMA cache_size = -32768")); // 32 MiB per connection
    // Read pages through a memory map instead of a read() call each: ~10% off a segment
    // count that scans an index. 1 GiB maps all of a typical branch file (and the front of
    // a very large one); it is address space backed by the OS page cache, not memory this
    // process allocates. Writes still go through the WAL as before.
    pragma(db, QStringLiteral("PRAGMA mmap_size = 1073741824"));
    return db;
}

void Store::close()
{
    lockFields();
    if (m_clock && m_status == Status::Open)
        setSetting(QStringLiteral("hlc_last"), m_clock->last().toString());
    QMutexLocker lock(&m_mutex);
    for (auto it = m_threadConnections.cbegin(); it != m_threadConnections.cend(); ++it) {
        // Only this thread may use its connection; the others' are just dropped (their
        // threads are done with them by now, and SQLite closes the handle).
        if (it.key() == currentThreadSerial()) {
            QSqlDatabase db = QSqlDatabase::database(it.value(), false);
            if (db.isOpen()) {
                QSqlQuery(db).exec(QStringLiteral("PRAGMA optimize"));
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(it.value());
    }
    m_threadConnections.clear();
    m_clockReadIn.clear();
    m_clock.reset();
    if (m_status == Status::Open)
        m_status = Status::Closed;
}

QSqlDatabase Store::database() const
{
    // Threads are told apart by a serial number given once per thread, not by their
    // QThread address: a new worker thread may get the address of a finished one, and must
    // not be handed the dead thread's connection (Qt SQL refuses it, "database does not
    // belong to the calling thread").
    const quint64 threadSerial = currentThreadSerial();
    QMutexLocker lock(&m_mutex);
    const auto found = m_threadConnections.constFind(threadSerial);
    if (found != m_threadConnections.constEnd())
        return QSqlDatabase::database(found.value(), false);
    const QString name = m_connectionPrefix + QStringLiteral("-t%1").arg(threadSerial);
    QSqlDatabase db = openConnection(name);
    m_threadConnections.insert(threadSerial, name);
    noteTransactionEnds(db);
    return db;
}

void Store::releaseThreadConnection()
{
    const quint64 threadSerial = currentThreadSerial();
    QString name;
    {
        QMutexLocker lock(&m_mutex);
        if (m_threadConnections.value(threadSerial) == m_connectionPrefix)
            return; // the opening thread's: close() ends it
        name = m_threadConnections.take(threadSerial);
        m_clockReadIn.remove(threadSerial);
    }
    if (name.isEmpty())
        return;
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
}

int Store::schemaVersion() const
{
    QSqlQuery query(database());
    if (query.exec(QStringLiteral("SELECT coalesce(max(version), 0) FROM schema_version"))
        && query.next())
        return query.value(0).toInt();
    return 0;
}

QString Store::setting(const QString &key, const QString &fallback) const
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("SELECT value FROM app_setting WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return fallback;
}

bool Store::setSetting(const QString &key, const QString &value)
{
    QSqlQuery query(database());
    query.prepare(QStringLiteral("INSERT INTO app_setting(key, value) VALUES (?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    return query.exec();
}

void Store::observeStamp(const HlcStamp &remote)
{
    QMutexLocker lock(&m_mutex);
    if (m_clock)
        m_clock->observe(remote);
}

HlcStamp Store::nextStamp()
{
    // Another process on this file (a `branchdesk-admin sync`) may have pulled stamps this
    // one has not seen: they are in hlc_last, stored with the batch that carried them
    // (issue 13). A local edit must order after everything the file holds. Read once per
    // transaction: no other process can change it while this one is open, and reading it
    // for every stamp was a query more per recorded change.
    const quint64 thread = currentThreadSerial();
    const quint64 ended = g_transactionsEnded.load();
    sqlite3 *handle = nativeHandle(database());
    const bool inTransaction = handle && !sqlite3_get_autocommit(handle);
    bool read = false;
    {
        QMutexLocker lock(&m_mutex);
        read = inTransaction && m_clockReadIn.value(thread) == ended + 1;
    }
    const HlcStamp persisted
            = read ? HlcStamp() : HlcStamp::fromString(setting(QStringLiteral("hlc_last")));
    QMutexLocker lock(&m_mutex);
    if (!m_clock)
        return {};
    if (!read && inTransaction)
        m_clockReadIn.insert(thread, ended + 1);
    if (!read && m_clock->last() < persisted)
        m_clock->observe(persisted);
    return m_clock->now();
}

bool Store::fieldsEncrypted() const
{
    QMutexLocker lock(&m_mutex);
    return !m_fieldKeyId.isEmpty();
}

QString Store::fieldKeyId() const
{
    QMutexLocker lock(&m_mutex);
    return m_fieldKeyId;
}

void Store::setFieldKeyId(const QString &keyId)
{
    QMutexLocker lock(&m_mutex);
    m_fieldKeyId = keyId;
}

std::shared_ptr<const FieldKeys> Store::fieldKeys() const
{
    QMutexLocker lock(&m_mutex);
    return m_fieldKeys;
}

void Store::unlockFields(std::shared_ptr<const FieldKeys> keys)
{
    QMutexLocker lock(&m_mutex);
    m_fieldKeys = std::move(keys);
}

void Store::lockFields()
{
    // Readers still holding the keys finish with them; the memory is wiped when the last
    // one lets go.
    QMutexLocker lock(&m_mutex);
    if (m_fieldKeys)
        m_fieldKeys->forgetOpened(); // the identifiers opened in this session go now
    m_fieldKeys.reset();
}

} // namespace bd
