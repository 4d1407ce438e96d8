#include "app/server/LogWatermark.h"

#include "app/common/SyncLogging.h"
#include "app/server/ServerDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace bd {

LogWatermark::LogWatermark(QString directory)
    : m_directory(std::move(directory))
{
}

QString LogWatermark::fileOf(const QString &epoch) const
{
    // One file per epoch: two servers (or a test's many) sharing a folder do not mix.
    return QDir(m_directory).filePath(QStringLiteral("log-watermark-%1").arg(epoch));
}

qint64 LogWatermark::recorded(const QString &epoch) const
{
    QFile file(fileOf(epoch));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readAll().trimmed().toLongLong();
}

Result<> LogWatermark::write(const QString &epoch, qint64 total) const
{
    if (!QDir().mkpath(m_directory))
        return Error(QCoreApplication::translate("ServerStore", "The folder %1 cannot be made.")
                             .arg(m_directory));
    QSaveFile file(fileOf(epoch));
    if (!file.open(QIODevice::WriteOnly) || file.write(QByteArray::number(total)) < 0
        || !file.commit())
        return Error(file.errorString());
    return {};
}

Result<bool> LogWatermark::check(ServerDatabase &database) const
{
    const QString epoch = database.epoch();
    const Result<qint64> total = database.logTotal();
    if (!total)
        return total.error();
    const qint64 before = recorded(epoch);
    if (before <= *total) {
        if (Result<> written = write(epoch, *total); !written)
            return written.error();
        return false;
    }
    qCWarning(lcSync) << "the change log is shorter than it was (" << *total << "<" << before
                      << "): the database was restored; a new epoch begins";
    const Result<QString> renewed = database.startNewEpoch();
    if (!renewed)
        return renewed.error();
    if (Result<> written = write(*renewed, *total); !written)
        return written.error();
    return true;
}

Result<> LogWatermark::note(const ServerDatabase &database) const
{
    const Result<qint64> total = database.logTotal();
    if (!total)
        return total.error();
    return write(database.epoch(), *total);
}

} // namespace bd
