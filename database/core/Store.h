#pragma once

#include "app/domain/HybridLogicalClock.h"
#include "app/domain/Result.h"
#include "database/core/MigrationProgress.h"

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>

#include <atomic>
#include <memory>

struct sqlite3;

namespace bd {

class FieldKeys;

// The workstation's SQLite file. Opening inspects the file read-only first and refuses,
// untouched, one that is damaged, foreign or newer than this build; then it configures
// SQLite (WAL, foreign keys, busy timeout) and applies pending migrations.
// Each thread gets its own connection through database(); connections are never shared.
class Store
{
public:
    static constexpr int kApplicationId = 0x42444B31; // "BDK1" in the file header

    enum class Status { Closed, Open, CannotOpen, NotSqlite, Corrupt, NotOurs, Newer, MigrationFailed };

    Store();
    ~Store();
    Q_DISABLE_COPY_MOVE(Store)

    // The error says why a file was refused or could not be opened (status() says which).
    // An older file is upgraded inside the open: `progress` hears how the upgrade goes (a
    // minute at a million customers), on the opening thread.
    Result<> open(const QString &path, const MigrationProgressFn &progress = {});
    void close();
    bool isOpen() const { return m_status == Status::Open; }
    Status status() const { return m_status; }
    QString path() const { return m_path; }
    bool wasCreated() const { return m_created; } // true if open() made a new file

    QSqlDatabase database() const; // this thread's connection
    // Closes this thread's connection, if it has one, for a worker thread that is done with
    // the store (otherwise it stays open until close()). The thread's next database() opens a
    // new one. Every query on it must be gone.
    void releaseThreadConnection();
    // The SQLite handle under a connection, for bulk work through the C API.
    static sqlite3 *nativeHandle(const QSqlDatabase &db);
    int schemaVersion() const;
    static int latestSchemaVersion();

    // Small key/value settings kept in the file (demo flag, node id, ...).
    QString setting(const QString &key, const QString &fallback = {}) const;
    bool setSetting(const QString &key, const QString &value);

    // This workstation's node id (made on first open) and its hybrid logical clock.
    QString nodeId() const { return m_nodeId; }
    HlcStamp nextStamp();
    // A stamp seen on a pulled change: later local stamps order after it even if this
    // machine's clock is behind.
    void observeStamp(const HlcStamp &remote);
    // Offsets this workstation's wall clock, for tests of clock skew between machines
    // (the one fault here that cannot be caused for real).
    void setClockSkewForTesting(qint64 milliseconds) { m_clockSkewMs = milliseconds; }

    // Field encryption at rest (SensitiveColumns, FieldKeyring). A file with a data key is
    // encrypted; the key itself is only here, in memory, between a sign-in that opened it
    // and the sign-out or close that wipes it.
    bool fieldsEncrypted() const;
    QString fieldKeyId() const;
    void setFieldKeyId(const QString &keyId); // FieldKeyring, when it makes the data key
    std::shared_ptr<const FieldKeys> fieldKeys() const; // nullptr while locked
    void unlockFields(std::shared_ptr<const FieldKeys> keys);
    void lockFields();

private:
    QSqlDatabase openConnection(const QString &name) const;

    QString m_path;
    QString m_connectionPrefix;
    Status m_status = Status::Closed;
    bool m_created = false;
    QString m_nodeId;
    std::unique_ptr<HybridLogicalClock> m_clock;
    std::atomic<qint64> m_clockSkewMs{0};
    mutable QMutex m_mutex;
    QString m_fieldKeyId;
    std::shared_ptr<const FieldKeys> m_fieldKeys;
    mutable QHash<quint64, QString> m_threadConnections; // thread serial -> connection
    // Thread serial -> 1 + the count of ended transactions when its connection last read
    // hlc_last inside a transaction (nextStamp).
    QHash<quint64, quint64> m_clockReadIn;
};

} // namespace bd
