#pragma once

#include "app/domain/Result.h"

#include <QString>

namespace bd {

class ServerDatabase;

// How far the change log has come, kept outside the database (a small file per epoch in
// the server's state folder), so that a database restored from a backup is recognised: its
// log is then shorter than the file says. Such a database gets a new epoch, and every
// workstation sends its outbox again and downloads afresh (docs/SYNC_PROTOCOL.md,
// "Restore"); nothing acknowledged before the restore is lost while a workstation holds it.
class LogWatermark
{
public:
    explicit LogWatermark(QString directory);

    // When the database opens. Returns whether it had gone back in time (and got a new
    // epoch).
    Result<bool> check(ServerDatabase &database) const;
    // After each committed append: the log has come this far.
    Result<> note(const ServerDatabase &database) const;

private:
    QString fileOf(const QString &epoch) const;
    qint64 recorded(const QString &epoch) const;
    Result<> write(const QString &epoch, qint64 total) const;

    QString m_directory;
};

} // namespace bd
