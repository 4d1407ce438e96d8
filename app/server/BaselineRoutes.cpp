// A new workstation's download of its branch: the baseline page by page (GET /v1/baseline,
// /v1/baseline-page) or, faster, the ready-made snapshot file (GET /v1/snapshot,
// /v1/snapshot-chunk) that import-branch made with the baseline (BranchSnapshot).
#include "app/server/BirthdayCareTasks.h"
#include "app/server/PersonalDataFilter.h"
#include "app/server/ServerLog.h"
#include "app/server/ServerRoute.h"
#include "app/server/ServerRoutes.h"
#include "app/server/ServerStore.h"
#include "app/server/SnapshotRemakeWorker.h"
#include "app/server/WithheldSnapshotWorker.h"
#include "database/baseline/BranchSnapshot.h"
#include "database/baseline/WithheldSnapshot.h"

#include <QUrlQuery>

namespace bd::ServerRoutes {

namespace {
using namespace ServerRoute;

QHttpServerResponse baselineInfo(ServerStore &store, const Caller &caller)
{
    const auto baseline = store.baselines().current(caller.branchId);
    return QHttpServerResponse(
            QJsonObject { { QStringLiteral("epoch"), store.database().epoch() },
                          { QStringLiteral("baseline_id"), baseline ? baseline->id : QString() },
                          { QStringLiteral("as_of"), double(baseline ? baseline->asOf : 0) },
                          { QStringLiteral("pages"), baseline ? baseline->pages : 0 },
                          { QStringLiteral("rows"), double(baseline ? baseline->rows : 0) } });
}

QHttpServerResponse baselinePage(ServerStore &store, const Caller &caller,
                                 const QHttpServerRequest &request)
{
    const QUrlQuery query = request.query();
    bool pageOk = false;
    const int page = query.queryItemValue(QStringLiteral("page")).toInt(&pageOk);
    const QString id = query.queryItemValue(QStringLiteral("id"));
    if (!pageOk || page < 1 || id.isEmpty())
        return error(Status::BadRequest, Text::tr("id and page (1 or more) are required."));
    const QByteArray body = store.baselines().page(caller.branchId, id, page);
    if (body.isEmpty()) {
        const auto current = store.baselines().current(caller.branchId);
        if (current && current->id != id)
            return error(Status::Conflict,
                         Text::tr("The branch's baseline was imported again; start its "
                                  "download afresh."));
        return error(Status::NotFound, Text::tr("No such baseline page."));
    }
    const QByteArray served = PersonalDataFilter::withoutPasswordHashes(body);
    // Roles without reveal_personal_data: no birthday care task either (due on the birthday).
    return QHttpServerResponse(QByteArrayLiteral("application/cbor"),
                               PersonalDataFilter::receivesPersonalData(caller.role)
                                       ? served
                                       : PersonalDataFilter::baselinePage(
                                               BirthdayCareTasks::withoutTheirRows(served)));
}

// The facts of the branch's snapshot, only while it belongs to the branch's current
// baseline (a re-import without a new snapshot must not hand out the old one: the
// workstation falls back to the pages).
std::optional<BranchSnapshot::Info> currentSnapshot(ServerStore &store, const QString &directory,
                                                    const BranchId &branch)
{
    const auto info = BranchSnapshot(directory).current(branch.toString());
    const auto baseline = store.baselines().current(branch);
    if (!info || !baseline || baseline->id != info->baselineId)
        return std::nullopt;
    return info;
}

QHttpServerResponse noSnapshot()
{
    return error(Status::NotFound,
                 Text::tr("The branch has no snapshot; download it page by page."));
}

// The snapshot the caller may have: the branch's, or for a role that may not see personal
// data, its copy without it (WithheldSnapshot) - only to a workstation that asks for that
// (`personal_data=withheld`: one whose cursor fell behind the compacted log). A new
// workstation of such a role is answered 404 and loads the filtered pages. A copy missing
// or made of an older snapshot is made on the worker's thread, never in the request
// (`preparing` tells the caller to come back).
std::optional<BranchSnapshot::Info> callersSnapshot(ServerStore &store, const QString &directory,
                                                    const Caller &caller, bool withheldAsked,
                                                    bool *preparing, bool *remaking)
{
    const auto info = currentSnapshot(store, directory, caller.branchId);
    // Due to be made again (an erasure, SnapshotRemakeWorker): the file may still hold the
    // erased customer, and so may its copy without personal data.
    if (info && SnapshotRemakeWorker::pending(directory, caller.branchId.toString())) {
        *remaking = true;
        return std::nullopt;
    }
    if (!info || PersonalDataFilter::receivesPersonalData(caller.role))
        return info;
    if (!withheldAsked)
        return std::nullopt;
    const auto copy = WithheldSnapshot(directory).ready(caller.branchId.toString(), *info);
    if (!copy) {
        WithheldSnapshotWorker::request(directory, caller.branchId.toString());
        *preparing = true;
    }
    return copy;
}

// 503 with Retry-After: the copy without personal data is being made, or the snapshot
// itself is being made again after an erasure.
QHttpServerResponse snapshotNotReady(bool remaking)
{
    QHttpServerResponse answer = error(
            Status::ServiceUnavailable,
            remaking ? Text::tr("The branch snapshot is being brought up to date; try again in "
                                "a minute.")
                     : Text::tr("The branch snapshot without personal data is being prepared; "
                                "try again in a minute."));
    answer.setHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("30"));
    return answer;
}

bool withheldAsked(const QHttpServerRequest &request)
{
    return request.query().queryItemValue(QStringLiteral("personal_data"))
            == QLatin1String("withheld");
}

QHttpServerResponse snapshotInfo(ServerStore &store, const QString &directory, const Caller &caller,
                                 const QHttpServerRequest &request)
{
    bool preparing = false;
    bool remaking = false;
    const auto info = callersSnapshot(store, directory, caller, withheldAsked(request),
                                      &preparing, &remaking);
    if (!info)
        return preparing || remaking ? snapshotNotReady(remaking) : noSnapshot();
    QJsonObject answer = info->toJson();
    answer.insert(QStringLiteral("epoch"), store.database().epoch());
    if (!PersonalDataFilter::receivesPersonalData(caller.role))
        answer.insert(QStringLiteral("personal_data"), QStringLiteral("withheld"));
    return QHttpServerResponse(answer);
}

// ?id=BASELINE&offset=N[&length=M]: raw bytes of the file.
QHttpServerResponse snapshotChunk(ServerStore &store, const QString &directory,
                                  const Caller &caller, const QHttpServerRequest &request)
{
    const QUrlQuery query = request.query();
    bool offsetOk = false;
    bool lengthOk = true;
    const qint64 offset = query.queryItemValue(QStringLiteral("offset")).toLongLong(&offsetOk);
    qint64 length = kMaxSnapshotChunk;
    if (query.hasQueryItem(QStringLiteral("length")))
        length = query.queryItemValue(QStringLiteral("length")).toLongLong(&lengthOk);
    const QString id = query.queryItemValue(QStringLiteral("id"));
    if (id.isEmpty() || !offsetOk || offset < 0 || !lengthOk || length < 1
        || length > kMaxSnapshotChunk)
        return error(Status::BadRequest,
                     Text::tr("id, offset (0 or more) and length (1 to %1) are required.")
                             .arg(kMaxSnapshotChunk));
    // A role without personal data is only ever sent the copy without it.
    bool preparing = false;
    bool remaking = false;
    const auto info = callersSnapshot(store, directory, caller, true, &preparing, &remaking);
    if (!info)
        return preparing || remaking ? snapshotNotReady(remaking) : noSnapshot();
    if (info->baselineId != id)
        return error(Status::Conflict,
                     Text::tr("The branch's snapshot was made again; start its download "
                              "afresh."));
    if (offset >= info->size)
        return error(Status::RequestRangeNotSatisfiable,
                     Text::tr("The offset is past the end of the snapshot."));
    const QByteArray bytes = PersonalDataFilter::receivesPersonalData(caller.role)
            ? BranchSnapshot(directory).read(caller.branchId.toString(), offset, length)
            : WithheldSnapshot(directory).read(caller.branchId.toString(), offset, length);
    if (bytes.isEmpty())
        return error(Status::ServiceUnavailable,
                     Text::tr("The snapshot could not be read; try again."));
    return QHttpServerResponse(QByteArrayLiteral("application/octet-stream"), bytes);
}
} // namespace

void installBaseline(QHttpServer &server, ServerStore *store, const QString &snapshotDir)
{
    signedIn(server, QStringLiteral("/v1/baseline"), Method::Get, store,
             [](ServerStore &s, const Caller &caller, const QHttpServerRequest &) {
                 return baselineInfo(s, caller);
             });
    signedIn(server, QStringLiteral("/v1/baseline-page"), Method::Get, store, baselinePage);
    signedIn(server, QStringLiteral("/v1/snapshot"), Method::Get, store,
             [snapshotDir](ServerStore &s, const Caller &caller,
                           const QHttpServerRequest &request) {
                 return snapshotInfo(s, snapshotDir, caller, request);
             });
    signedIn(
            server, QStringLiteral("/v1/snapshot-chunk"), Method::Get, store,
            [snapshotDir](ServerStore &s, const Caller &caller, const QHttpServerRequest &request) {
                return snapshotChunk(s, snapshotDir, caller, request);
            });
}

} // namespace bd::ServerRoutes
