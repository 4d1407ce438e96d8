#include "app/sync/BaselineDownload.h"

#include "app/common/SyncLogging.h"
#include "app/sync/SyncHttpClient.h"
#include "app/sync/SyncReport.h"
#include "database/baseline/BaselineLoad.h"
#include "database/core/Store.h"
#include "database/privacy/PlaintextSealing.h"
#include "database/search/CustomerSearchIndex.h"
#include "database/sync/SyncState.h"

#include <QElapsedTimer>

namespace bd {

BaselineDownload::BaselineDownload(Store &store, SyncHttpClient &server)
    : SyncStep(store, server)
{
}

Result<> BaselineDownload::run(SyncReport &report)
{
    const Result<SyncHttpClient::Answer> answer
            = m_server.accepted(m_server.get(QStringLiteral("/v1/baseline")),
                                tr("The sync server refused the branch download (%1): %2"));
    if (!answer)
        return answer.error();
    const QJsonObject info = answer->object();
    const QString id = info.value(QStringLiteral("baseline_id")).toString();
    const int pages = info.value(QStringLiteral("pages")).toInt();
    if (id.isEmpty() || pages <= 0 || SyncState(m_store).isBaselineLoaded(id))
        return BaselineLoad::restoreIndexes(m_store);
    if (Result<> begun = BaselineLoad::begin(m_store, id); !begun)
        return begun;

    BaselineLoad load(m_store);
    if (Result<> setAside = load.setIndexesAside(); !setAside)
        return setAside;
    int applied = 0;
    QElapsedTimer clock;
    clock.start();
    qint64 waitedMs = 0; // for the log: time on the wire versus time inserting
    for (int page = load.nextPage(); page <= pages; ++page) {
        if (stopAfterPages > 0 && applied == stopAfterPages)
            return Error(tr("The branch download stopped after %1 pages; it goes on at the "
                            "next sync.")
                                 .arg(applied));
        const QString path = QStringLiteral("/v1/baseline-page?id=%1&page=%2")
                                     .arg(QString::fromLatin1(QUrl::toPercentEncoding(id)))
                                     .arg(page);
        const qint64 asked = clock.elapsed();
        const Result<SyncHttpClient::Answer> body = m_server.accepted(
                m_server.get(path),
                tr("The sync server refused a page of the branch download (%1): %2"));
        if (!body)
            return body.error();
        waitedMs += clock.elapsed() - asked;
        const Result<qint64> rows = load.applyPage(id, page, body->body, page == pages,
                                                   info.value(QStringLiteral("as_of")).toInteger());
        if (!rows)
            return rows.error();
        report.baselineRows += *rows;
        ++applied;
    }
    if (Result<> restored = BaselineLoad::restoreIndexes(m_store); !restored)
        return restored;
    const qint64 loadedMs = clock.elapsed();
    if (applied > 0) {
        if (Result<> derived = deriveLocalData(); !derived)
            return derived;
    }
    qCInfo(lcSync) << "baseline loaded:" << report.baselineRows << "rows in" << applied << "pages,"
                   << loadedMs << "ms (" << waitedMs << "ms waiting for pages), search index"
                   << clock.elapsed() - loadedMs << "ms";
    return {};
}

Result<> BaselineDownload::deriveLocalData()
{
    // Baseline rows come as the server keeps them, plain: in an encrypted file their
    // personal data is sealed now (which rebuilds the search index too), or, with the key
    // not open (a headless sync), at the next sign-in that opens it.
    if (m_store.fieldsEncrypted()) {
        PlaintextSealing sealing(m_store);
        if (m_store.fieldKeys()) {
            if (const Result<> sealed = sealing.sealAll(); !sealed)
                return Error(tr("The personal data of the branch download could not be "
                                "sealed: %1")
                                     .arg(sealed.errorString()));
            return {};
        }
        if (!m_store.setSetting(PlaintextSealing::sealedSetting(), QStringLiteral("0")))
            return Error(tr("The branch download could not be marked for sealing."));
        // The search keys need the data key as well: the sealing at the next sign-in
        // rebuilds them.
        if (!CustomerSearchIndex(m_store).markStale())
            return Error(tr("The search index could not be marked for rebuilding."));
        return {};
    }
    // Search keys are derived on the workstation, not downloaded: built once the whole
    // baseline is in.
    if (const Result<> rebuilt = CustomerSearchIndex(m_store).rebuild(); !rebuilt)
        return Error(tr("The customer search index could not be rebuilt after the branch "
                        "download: %1")
                             .arg(rebuilt.errorString()));
    return {};
}

} // namespace bd
