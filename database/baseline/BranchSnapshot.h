#pragma once

#include "app/domain/Result.h"
#include "database/baseline/BaselinePage.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QLockFile;

namespace bd {

class Store;

// A branch snapshot: a ready-made workstation database of one branch, made by the server
// at `import-branch` for new, empty workstations (docs/SYNC_PROTOCOL.md, "Snapshot").
// Downloading it is a file copy; loading the same rows page by page takes minutes.
// The files live in the server's snapshot directory: <branch id>.sqlite with the facts
// about it in <branch id>.json (written last, so a half-made file is never announced).
class BranchSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(BranchSnapshot)

public:
    struct Info
    {
        QString baselineId; // the baseline it was made with: a re-import makes another
        qint64 asOf = 0; // the branch's change number it is exact as of
        qint64 size = 0;
        QString sha256; // hex, of the whole file
        int schemaVersion = 0;

        QJsonObject toJson() const;
        static std::optional<Info> fromJson(const QJsonObject &object);
    };

    explicit BranchSnapshot(QString directory);

    // Makes the snapshot of a workstation file (the one just imported as the branch's
    // baseline): a compact copy (VACUUM INTO) without what belongs to the workstation it
    // came from — node id, clock, outbox, sync state, conflicts, field clocks and its own
    // audit chain — and without its keys: personal data plain, as the server holds it
    // (SnapshotPersonalData), and without the roster's password hashes (RosterHashes). Replaces the branch's previous snapshot. Fails on a value
    // sealed under the file's key that the opener (setOpener) does not open.
    std::optional<Info> make(const QString &sourcePath, const QString &branchId,
                             const QString &baselineId, qint64 asOf);
    // Opens what the file holds sealed under its own key (import-branch: its branch head's
    // slot, SealedBranchFile). Unset: a file with sealed values is refused.
    void setOpener(BaselinePage::Reader::Opener opener) { m_opener = std::move(opener); }
    // Withdraws every snapshot of the folder made before issue #21 that still holds the
    // imported file's keys (key slots, sealed values): new workstations of those branches
    // load the pages until the branch is imported again. Returns their branch ids.
    QStringList withdrawKeyed();
    // The branch's snapshot, if one was made.
    std::optional<Info> current(const QString &branchId) const;
    // A lock on `path` for one use (`<path>.<use>.lock`), across threads and processes (two
    // servers on one folder, a compact-log or import-branch run beside the server): taken
    // now, waiting for its holder; released when the object goes. Null if it cannot be
    // made (the folder cannot be written). A holder that died leaves no lock behind.
    static std::unique_ptr<QLockFile> lock(const QString &path, const QString &use);
    // Up to `length` bytes of the branch's file from `offset`; empty on an error.
    QByteArray read(const QString &branchId, qint64 offset, qint64 length) const;

    // On the workstation: makes a downloaded snapshot file at `path` a workstation database
    // of its own. A node id names one workstation in every change it makes: the snapshot's,
    // if the server left one in, would be shared by every workstation made from it, so it
    // goes and Store makes a new one at open (inspection, migrations). Offline verifiers are
    // one workstation's own too. The pull continues the log after `asOf`. `derive` makes
    // what the snapshot does not carry (the search index) before the file is closed.
    static Result<> adopt(const QString &path, qint64 asOf, const QString &epoch,
                          const QString &baselineId,
                          const std::function<Result<>(Store &)> &derive = {});

    QString filePath(const QString &branchId) const;
    // A working file beside `path` no other process or thread uses: the server's worker,
    // compact-log and import-branch may make the same branch's files at once.
    static QString scratchPath(const QString &path, const QString &purpose);
    // Removes the working files a process that stopped half-way left in the folder (a
    // crash during a make leaves a file as large as the snapshot). Files of running
    // processes stay. Returns the names removed.
    QStringList removeLeftovers() const;
    QString errorString() const { return m_error; }
    // Where the last make() spent its time: the copy, the clean-up, the checksum.
    qint64 copyMs = 0;
    qint64 stripMs = 0;
    qint64 hashMs = 0;

private:
    QString infoPath(const QString &branchId) const;

    QString m_directory;
    QString m_error;
    BaselinePage::Reader::Opener m_opener;
};

} // namespace bd
