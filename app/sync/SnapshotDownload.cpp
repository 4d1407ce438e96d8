#include "app/sync/SnapshotDownload.h"

#include "app/common/SyncLogging.h"
#include "app/common/SyncProtocol.h"
#include "database/baseline/BranchSnapshot.h"
#include "database/core/Store.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSslConfiguration>
#include <QtConcurrent/QtConcurrentRun>

#include <sqlite3.h>

namespace bd {

SnapshotDownload::SnapshotDownload(QUrl server, QString username, QString password)
    : m_server(std::move(server))
    , m_username(std::move(username))
    , m_password(std::move(password))
    , m_network(new QNetworkAccessManager)
{
}

SnapshotDownload::~SnapshotDownload()
{
    delete m_network;
}

bool SnapshotDownload::request(const QString &path, const QByteArray &body, int *status,
                               QByteArray *answer)
{
    QNetworkRequest request(m_server.resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, SyncProtocol::userAgent());
    request.setTransferTimeout(timeoutMs);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token);
    if (!caFile.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(caFile, QSsl::Pem);
        request.setSslConfiguration(tls);
    }
    QNetworkReply *reply = body.isNull() ? m_network->get(request) : m_network->post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    *answer = reply->readAll();
    if (*status == 0)
        m_error = tr("The sync server cannot be reached (%1).").arg(reply->errorString());
    else if (*status != 200)
        m_error = tr("The sync server refused the branch download (%1): %2")
                          .arg(*status)
                          .arg(QJsonDocument::fromJson(*answer)
                                       .object()
                                       .value(QStringLiteral("error"))
                                       .toString());
    reply->deleteLater();
    return *status == 200;
}

SnapshotDownload::Result SnapshotDownload::install(const QString &target)
{
    m_error.clear();
    asOf = bytes = resumedAt = downloadMs = prepareMs = 0;
    if (QFileInfo::exists(target)) {
        m_error = tr("%1 exists already; a branch download never replaces a database.")
                          .arg(target);
        return Result::Failed;
    }
    int status = 0;
    QByteArray answer;
    const QJsonObject credentials { { QStringLiteral("username"), m_username },
                                    { QStringLiteral("password"), m_password },
                                    { QStringLiteral("protocol"), SyncProtocol::kVersion } };
    m_token.clear();
    if (!request(QStringLiteral("/v1/sign-in"),
                 QJsonDocument(credentials).toJson(QJsonDocument::Compact), &status, &answer))
        return Result::Failed;
    m_token = QJsonDocument::fromJson(answer).object().value(QStringLiteral("token")).toString().toLatin1();

    if (!request(QStringLiteral("/v1/snapshot"), {}, &status, &answer))
        return status == 404 ? Result::NoSnapshot : Result::Failed;
    const QJsonObject facts = QJsonDocument::fromJson(answer).object();
    const auto info = BranchSnapshot::Info::fromJson(facts);
    if (!info) {
        m_error = tr("The sync server described its branch snapshot incompletely.");
        return Result::Failed;
    }
    asOf = info->asOf;
    bytes = info->size;

    // The part already downloaded counts only if it is of this very snapshot.
    const QString part = target + QStringLiteral(".download");
    const QString marker = part + QStringLiteral(".json");
    const QByteArray identity = QJsonDocument(info->toJson()).toJson(QJsonDocument::Compact);
    QFile markerFile(marker);
    const bool resuming = markerFile.open(QIODevice::ReadOnly) && markerFile.readAll() == identity;
    markerFile.close();
    QFile file(part);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QElapsedTimer clock;
    clock.start();
    if (resuming && file.open(QIODevice::ReadWrite)) {
        if (!hash.addData(&file)) {
            m_error = tr("%1 cannot be read.").arg(part);
            return Result::Failed;
        }
        resumedAt = file.size();
    } else {
        QSaveFile note(marker);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || !note.open(QIODevice::WriteOnly)
            || note.write(identity) != identity.size() || !note.commit()) {
            m_error = tr("%1 cannot be written.").arg(part);
            return Result::Failed;
        }
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
    auto written = [&] {
        if (!writing.isValid() || writing.result())
            return true;
        m_error = tr("%1 cannot be written.").arg(part);
        return false;
    };
    int chunks = 0;
    for (qint64 offset = file.size(); offset < info->size;) {
        if (stopAfterChunks > 0 && chunks == stopAfterChunks) {
            m_error = tr("The branch download stopped after %1 chunks; it goes on at the next "
                         "try.")
                              .arg(chunks);
            return Result::Failed; // the chunks fetched are written first (waitForWorkers)
        }
        if (cancelled && cancelled()) {
            m_error = tr("The branch download was cancelled; it goes on from here at the next "
                         "try.");
            return Result::Failed;
        }
        if (progress)
            progress(offset, info->size);
        const QString path = QStringLiteral("/v1/snapshot-chunk?id=%1&offset=%2&length=%3")
                                     .arg(QString::fromLatin1(QUrl::toPercentEncoding(info->baselineId)))
                                     .arg(offset)
                                     .arg(qMin(chunkBytes, info->size - offset));
        if (!request(path, {}, &status, &answer)) {
            if (status == 409) // made again meanwhile: the next try starts afresh
                QFile::remove(marker);
            return Result::Failed;
        }
        if (answer.isEmpty() || !written()) {
            if (m_error.isEmpty())
                m_error = tr("The sync server sent an empty piece of the branch download.");
            return Result::Failed;
        }
        offset += answer.size();
        writing = QtConcurrent::run([&file, chunk = answer] {
            return file.write(chunk) == chunk.size() && file.flush();
        });
        hashing.waitForFinished();
        hashing = QtConcurrent::run([&hash, chunk = answer] { hash.addData(chunk); });
        ++chunks;
    }
    writing.waitForFinished();
    if (!written())
        return Result::Failed;
    if (progress)
        progress(info->size, info->size);
    hashing.waitForFinished();
    file.close();
    downloadMs = clock.elapsed();
    if (QString::fromLatin1(hash.result().toHex()) != info->sha256 || QFileInfo(part).size() != info->size) {
        QFile::remove(part);
        QFile::remove(marker);
        m_error = tr("The branch download arrived damaged (its checksum does not match); "
                     "it was discarded. Try again.");
        return Result::Failed;
    }

    clock.restart();
    if (!prepare(part, facts.value(QStringLiteral("epoch")).toString(), info->baselineId))
        return Result::Failed;
    QFile::remove(marker);
    // QFile::rename never replaces an existing file: a database made meanwhile is kept.
    if (!QFile::rename(part, target)) {
        m_error = tr("%1 exists already or cannot be written; the download is kept as %2.")
                          .arg(target, part);
        return Result::Failed;
    }
    prepareMs = clock.elapsed();
    qCInfo(lcSync) << "snapshot installed:" << bytes << "bytes in" << downloadMs
                   << "ms, prepared in" << prepareMs << "ms, as of" << asOf;
    return Result::Installed;
}

bool SnapshotDownload::prepare(const QString &part, const QString &epoch, const QString &baselineId)
{
    // A node id names one workstation in every change it makes: the snapshot's, if the
    // server left one in, would be shared by every workstation made from it. Removed here
    // so that Store makes a new one at open.
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open_v2(part.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr)
            == SQLITE_OK;
    sqlite3_stmt *statement = nullptr;
    ok = ok && sqlite3_prepare_v2(db, "PRAGMA application_id", -1, &statement, nullptr) == SQLITE_OK
            && sqlite3_step(statement) == SQLITE_ROW
            && sqlite3_column_int(statement, 0) == Store::kApplicationId;
    sqlite3_finalize(statement);
    ok = ok
            && sqlite3_exec(db, "DELETE FROM app_setting WHERE key IN ('node_id', 'hlc_last')",
                            nullptr, nullptr, nullptr)
                    == SQLITE_OK;
    sqlite3_close(db);
    if (!ok) {
        m_error = tr("The branch download is not a BranchDesk database.");
        return false;
    }

    Store store;
    if (const bd::Result<> opened = store.open(part); !opened) {
        m_error = opened.errorString();
        return false;
    }
    // Offline verifiers are one workstation's own (a snapshot made before they were left
    // out could carry the imported workstation's).
    QSqlQuery verifiers(store.database());
    if (!verifiers.exec(QStringLiteral("DELETE FROM offline_verifier"))) {
        m_error = verifiers.lastError().text();
        return false;
    }
    verifiers.finish();
    QSqlQuery state(store.database());
    state.prepare(QStringLiteral("INSERT OR REPLACE INTO sync_state(key, value) VALUES (?, ?)"));
    const QList<QPair<QString, QString>> values {
        { QStringLiteral("cursor"), QString::number(asOf) },
        { QStringLiteral("epoch"), epoch },
        { QStringLiteral("baseline_id"), baselineId },
        { QStringLiteral("baseline_done"), baselineId },
    };
    for (const auto &value : values) {
        state.addBindValue(value.first);
        state.addBindValue(value.second);
        if (!state.exec()) {
            m_error = state.lastError().text();
            return false;
        }
    }
    state.finish();
    store.close();
    if (QFileInfo::exists(part + QStringLiteral("-wal"))) {
        m_error = tr("The branch download could not be closed cleanly.");
        return false;
    }
    return true;
}

} // namespace bd
