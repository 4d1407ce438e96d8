#include "app/sync/SnapshotRefresh.h"

#include "app/common/SyncLogging.h"
#include "app/sync/BaselineDownload.h"
#include "app/sync/SyncHttpClient.h"
#include "app/sync/SyncReport.h"
#include "database/baseline/BranchSnapshot.h"
#include "database/baseline/SnapshotMerge.h"
#include "database/core/Store.h"
#include "database/sync/SyncState.h"

#include <QCryptographicHash>
#include <QFile>

namespace bd {

SnapshotRefresh::SnapshotRefresh(Store &store, SyncHttpClient &server, QString roundStartedAt)
    : SyncStep(store, server)
    , m_roundStartedAt(std::move(roundStartedAt))
{
}

Result<> SnapshotRefresh::run(SyncReport &report)
{
    const QString refused = tr("The sync server refused the branch snapshot (%1): %2");
    const Result<SyncHttpClient::Answer> described
            // A role that may not see personal data is sent the snapshot without it.
            = m_server.accepted(m_server.get(QStringLiteral("/v1/snapshot?personal_data=withheld")),
                                refused);
    if (!described)
        return described.error();
    const QJsonObject facts = described->object();
    const auto info = BranchSnapshot::Info::fromJson(facts);
    if (!info)
        return Error(tr("The sync server described its branch snapshot incompletely."));

    const QString part = m_store.path() + QStringLiteral(".refresh");
    QFile file(part);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error(tr("%1 cannot be written.").arg(part));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (qint64 offset = 0; offset < info->size;) {
        const Result<SyncHttpClient::Answer> chunk = m_server.accepted(
                m_server.get(QStringLiteral("/v1/snapshot-chunk?id=%1&offset=%2&length=%3")
                                     .arg(QString::fromLatin1(
                                             QUrl::toPercentEncoding(info->baselineId)))
                                     .arg(offset)
                                     .arg(qMin(chunkBytes, info->size - offset))),
                refused);
        if (!chunk || chunk->body.isEmpty() || file.write(chunk->body) != chunk->body.size()) {
            file.remove();
            return chunk ? Error(tr("%1 cannot be written.").arg(part)) : chunk.error();
        }
        hash.addData(chunk->body);
        offset += chunk->body.size();
    }
    file.close();
    if (QString::fromLatin1(hash.result().toHex()) != info->sha256 || file.size() != info->size) {
        file.remove();
        return Error(tr("The branch snapshot arrived damaged (its checksum does not match); it "
                        "was discarded. Try again."));
    }
    const Result<qint64> rows = SnapshotMerge::merge(m_store, part, m_roundStartedAt);
    file.remove();
    if (!rows)
        return rows.error();
    const Result<> moved = SyncState(m_store).startFromSnapshot(
            info->asOf, facts.value(QStringLiteral("epoch")).toString(), info->baselineId);
    if (!moved)
        return moved;
    report.baselineRows += *rows;
    report.snapshotTaken = true;
    qCInfo(lcSync) << "log compacted on the server: took the branch snapshot as of" << info->asOf
                   << "(" << *rows << "rows)";
    return BaselineDownload(m_store, m_server).deriveLocalData();
}

} // namespace bd
