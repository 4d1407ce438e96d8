#pragma once

#include "app/domain/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace bd {

class SyncHttpClient;

// Makes a new workstation database from the branch's snapshot on the server
// (docs/SYNC_PROTOCOL.md, "Snapshot"): signs in, downloads the file in chunks to
// <target>.download (an interrupted download goes on from where it stopped), checks its
// SHA-256, gives it a node id of its own, opens it with Store (inspection, migrations),
// sets its cursor to the change number the snapshot is exact as of (BranchSnapshot::adopt),
// and only then renames it to `target`. An existing file is never replaced. A normal sync
// round then catches up with the changes after the snapshot. Blocking, like SyncEngine.
class SnapshotDownload
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotDownload)

public:
    enum class Outcome {
        Installed, // `target` is a workstation database of the branch
        NoSnapshot, // the server has none for the branch: download the pages instead
    };

    // `network` (not owned; a test's fake server) stands in for a network of its own.
    SnapshotDownload(QUrl server, QString username, QString password,
                     QNetworkAccessManager *network = nullptr);
    ~SnapshotDownload();
    Q_DISABLE_COPY_MOVE(SnapshotDownload)

    // On failure nothing was made at `target`.
    Result<Outcome> install(const QString &target);

    qint64 chunkBytes = 32 * 1024 * 1024;
    int timeoutMs = 60000;
    // Ends the download after this many chunks (0: no limit), as a dropped connection
    // would; the next install() goes on from there.
    int stopAfterChunks = 0;
    QString caFile; // PEM of a private authority that signed the server's certificate
    // Called from the calling thread after each chunk: bytes there so far, the whole size.
    std::function<void(qint64 done, qint64 total)> progress;
    // Asked before each chunk; true ends the download like a dropped connection (the part
    // stays for the next install() to go on from).
    std::function<bool()> cancelled;

    // What the last install() did.
    qint64 asOf = 0; // the branch's change number the database is exact as of
    qint64 bytes = 0; // the snapshot's size
    qint64 resumedAt = 0; // bytes already there from an interrupted download
    qint64 downloadMs = 0; // fetching and hashing
    qint64 prepareMs = 0; // node id, Store inspection and migrations, cursor, rename

private:
    struct Facts;
    Result<> fetch(const Facts &facts, const QString &part);

    QString m_username;
    QString m_password;
    std::unique_ptr<SyncHttpClient> m_server;
};

} // namespace bd
