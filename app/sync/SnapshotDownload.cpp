#include "app/sync/SnapshotDownload.h"

#include "app/common/SyncLogging.h"
#include "app/sync/SyncHttpClient.h"
#include "database/baseline/BranchSnapshot.h"
#include "database/core/Store.h"
#include "database/search/CustomerSearchIndex.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

namespace bd {

// The snapshot being fetched, and the note beside the part that says which one it is.
struct SnapshotDownload::Facts
{
    BranchSnapshot::Info info;
    QString marker; // <part>.json
    QByteArray identity; // what the marker holds
};

SnapshotDownload::SnapshotDownload(QUrl server, QString username, QString password,
                                   QNetworkAccessManager *network)
    : m_username(std::move(username))
    , m_password(std::move(password))
    , m_server(std::make_unique<SyncHttpClient>(std::move(server), network))
{
}

SnapshotDownload::~SnapshotDownload() = default;

Result<SnapshotDownload::Outcome> SnapshotDownload::install(const QString &target)
{
    asOf = bytes = resumedAt = downloadMs = prepareMs = 0;
    if (QFileInfo::exists(target))
        return Error(
                tr("%1 exists already; a branch download never replaces a database.").arg(target));
    m_server->caFile = caFile;
    m_server->timeoutMs = timeoutMs;
    const QString refused = tr("The sync server refused the branch download (%1): %2");
    if (const auto signedIn = m_server->accepted(m_server->signIn(m_username, m_password), refused);
        !signedIn)
        return signedIn.error();
    const SyncHttpClient::Answer described = m_server->get(QStringLiteral("/v1/snapshot"));
    if (described.status == 404)
        return Outcome::NoSnapshot;
    const Result<SyncHttpClient::Answer> answer = m_server->accepted(described, refused);
    if (!answer)
        return answer.error();
    const QJsonObject facts = answer->object();
    const auto info = BranchSnapshot::Info::fromJson(facts);
    if (!info)
        return Error(tr("The sync server described its branch snapshot incompletely."));
    asOf = info->asOf;
    bytes = info->size;

    const QString part = target + QStringLiteral(".download");
    const Facts fetching { *info, part + QStringLiteral(".json"),
                           QJsonDocument(info->toJson()).toJson(QJsonDocument::Compact) };
    if (Result<> fetched = fetch(fetching, part); !fetched)
        return fetched.error();

    QElapsedTimer clock;
    clock.start();
    // The server keeps no search keys (they are made with a workstation's key): the index is
    // built here, as after the pages; plain until the first administrator's sign-in seals
    // the file, which makes it blind (docs/SECURITY.md §4, §8.1).
    const auto buildSearchIndex = [](Store &store) -> Result<> {
        if (Result<> indexed = CustomerSearchIndex(store).ensureCurrent(); !indexed)
            return Error(tr("The customer search index of the branch download could not be "
                            "built: %1")
                                 .arg(indexed.errorString()));
        return {};
    };
    if (Result<> adopted = BranchSnapshot::adopt(
                part, asOf, facts.value(QStringLiteral("epoch")).toString(), info->baselineId,
                buildSearchIndex);
        !adopted)
        return adopted.error();
    QFile::remove(fetching.marker);
    // QFile::rename never replaces an existing file: a database made meanwhile is kept.
    if (!QFile::rename(part, target))
        return Error(tr("%1 exists already or cannot be written; the download is kept as %2.")
                             .arg(target, part));
    prepareMs = clock.elapsed();
    qCInfo(lcSync) << "snapshot installed:" << bytes << "bytes in" << downloadMs
                   << "ms, prepared in" << prepareMs << "ms, as of" << asOf;
    return Outcome::Installed;
}

Result<> SnapshotDownload::fetch(const Facts &facts, const QString &part)
{
    const BranchSnapshot::Info &info = facts.info;
    // The part already downloaded counts only if it is of this very snapshot.
    QFile markerFile(facts.marker);
    const bool resuming
            = markerFile.open(QIODevice::ReadOnly) && markerFile.readAll() == facts.identity;
    markerFile.close();
    QFile file(part);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QElapsedTimer clock;
    clock.start();
    const QString unwritable = tr("%1 cannot be written.").arg(part);
    if (resuming && file.open(QIODevice::ReadWrite)) {
        if (!hash.addData(&file))
            return Error(tr("%1 cannot be read.").arg(part));
        resumedAt = file.size();
    } else {
        QSaveFile note(facts.marker);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || !note.open(QIODevice::WriteOnly)
            || note.write(facts.identity) != facts.identity.size() || !note.commit())
            return Error(unwritable);
    }

    // Writing a chunk to disk and hashing it each take about as long as fetching it: both
    // run beside the download of the next chunk, each one chunk at a time and in order.
    QFuture<bool> writing;
    QFuture<void> hashing;
    struct WaitForWorkers
    {
        QFuture<bool> &writing;
        QFuture<void> &hashing;
        ~WaitForWorkers()
        {
            writing.waitForFinished();
            hashing.waitForFinished();
        }
    } waitForWorkers { writing, hashing };
    auto written = [&writing] {
        return !writing.isValid() || writing.result();
    };
    int chunks = 0;
    for (qint64 offset = file.size(); offset < info.size;) {
        // On a return the chunks fetched are written first (waitForWorkers).
        if (stopAfterChunks > 0 && chunks == stopAfterChunks)
            return Error(tr("The branch download stopped after %1 chunks; it goes on at the next "
                            "try.")
                                 .arg(chunks));
        if (cancelled && cancelled())
            return Error(tr("The branch download was cancelled; it goes on from here at the next "
                            "try."));
        if (progress)
            progress(offset, info.size);
        const QString path
                = QStringLiteral("/v1/snapshot-chunk?id=%1&offset=%2&length=%3")
                          .arg(QString::fromLatin1(QUrl::toPercentEncoding(info.baselineId)))
                          .arg(offset)
                          .arg(qMin(chunkBytes, info.size - offset));
        const SyncHttpClient::Answer chunk = m_server->get(path);
        if (const auto taken
            = m_server->accepted(chunk, tr("The sync server refused the branch download (%1): %2"));
            !taken) {
            if (chunk.status == 409) // made again meanwhile: the next try starts afresh
                QFile::remove(facts.marker);
            return taken.error();
        }
        if (!written())
            return Error(unwritable);
        if (chunk.body.isEmpty())
            return Error(tr("The sync server sent an empty piece of the branch download."));
        offset += chunk.body.size();
        writing = QtConcurrent::run([&file, bytes = chunk.body] {
            return file.write(bytes) == bytes.size() && file.flush();
        });
        hashing.waitForFinished();
        hashing = QtConcurrent::run([&hash, bytes = chunk.body] { hash.addData(bytes); });
        ++chunks;
    }
    writing.waitForFinished();
    if (!written())
        return Error(unwritable);
    if (progress)
        progress(info.size, info.size);
    hashing.waitForFinished();
    file.close();
    downloadMs = clock.elapsed();
    if (QString::fromLatin1(hash.result().toHex()) != info.sha256
        || QFileInfo(part).size() != info.size) {
        QFile::remove(part);
        QFile::remove(facts.marker);
        return Error(tr("The branch download arrived damaged (its checksum does not match); "
                        "it was discarded. Try again."));
    }
    return {};
}

} // namespace bd
