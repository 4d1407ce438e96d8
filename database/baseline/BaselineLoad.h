#pragma once

#include "app/domain/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace bd {

class Store;

// The workstation's side of a branch's baseline download (docs/SYNC_PROTOCOL.md,
// "Baseline"): the pages the server sends are applied one transaction each, together with
// the marker of the last page applied (SyncState), so that an interrupted load resumes
// after the last whole page. An empty workstation loads without its secondary indexes and
// makes them again at the end: building an index once over all rows is several times
// faster than keeping it up to date row by row.
class BaselineLoad
{
    Q_DECLARE_TR_FUNCTIONS(BaselineLoad)

public:
    // Notes `baselineId` as the one being loaded; a new baseline (or a re-import) counts
    // its pages from the start.
    static Result<> begin(Store &store, const QString &baselineId);
    // Makes the indexes set aside for a load again, once the whole baseline is in (an
    // interrupted load still gets them back at the next round).
    static Result<> restoreIndexes(Store &store);

    // For the load: foreign keys off (rows arrive table by table, children possibly before
    // the parents of a later page; they hold again once it is over), synchronous off (a
    // crash loses at most the last pages, whose markers go with them), a larger cache.
    // All set back when this object goes.
    explicit BaselineLoad(Store &store);
    ~BaselineLoad();
    Q_DISABLE_COPY_MOVE(BaselineLoad)

    // Drops the secondary indexes of an empty workstation before its first page (noted
    // first, so that an interrupted load still gets them back).
    Result<> setIndexesAside();
    // The next page to fetch: the one after the last applied.
    int nextPage() const;
    // Applies `page` of `baselineId` with its marker; the last page also sets where the pull
    // continues (`asOf`, for a workstation that starts from the baseline). The rows inserted.
    Result<qint64> applyPage(const QString &baselineId, int page, const QByteArray &body, bool last,
                             qint64 asOf);

private:
    Store &m_store;
};

} // namespace bd
