#include "app/sync/SyncEngine.h"

#include "app/common/SyncLogging.h"
#include "app/sync/AuditUpload.h"
#include "app/sync/BaselineDownload.h"
#include "app/sync/ChangePull.h"
#include "app/sync/OutboxPush.h"
#include "app/sync/RoundTimings.h"
#include "app/sync/SnapshotRefresh.h"
#include "app/sync/SyncHttpClient.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/sync/MovedCustomers.h"
#include "database/sync/SyncState.h"
#include "database/sync/WorkstationBranch.h"

namespace bd {

SyncEngine::SyncEngine(Store &store, QUrl server, QString username, QString password,
                       QNetworkAccessManager *network)
    : m_store(store)
    , m_username(std::move(username))
    , m_password(std::move(password))
    , m_server(std::make_unique<SyncHttpClient>(std::move(server), network))
{
    m_server->unreachableText = tr("The sync server cannot be reached (%1). Your changes are "
                                   "kept and sent at the next sync.");
}

SyncEngine::~SyncEngine() = default;

SyncEngine::Report SyncEngine::syncOnce()
{
    m_server->timeoutMs = timeoutMs;
    m_server->caFile = caFile;
    m_server->retry = retry;
    Report report;
    const int resentBefore = m_server->resent();
    RoundTimings timings;
    const Result<> round = runRound(report, timings);
    report.resent = m_server->resent() - resentBefore;
    report.ok = round.ok();
    report.error = round.errorString();
    // The changes went both ways, but a chain the server stopped taking must not pass for a
    // good round: nobody would notice that the audit log no longer leaves this desk.
    if (report.ok && !report.auditProblem.isEmpty()) {
        report.ok = false;
        report.error = tr("Changes were exchanged, but the sync server refused an entry of "
                          "this workstation's audit log, so the audit log is no longer "
                          "uploaded: %1")
                               .arg(report.auditProblem);
    }
    if (report.ok) {
        timings.begin(QStringLiteral("noted"));
        if (Result<> noted = SyncState(m_store).roundSucceeded(); !noted)
            qCWarning(lcSync) << "the time of the round could not be noted:" << noted.errorString();
    }
    timings.end();
    qCInfo(lcSync).noquote() << "sync round steps:" << timings.text();
    qCInfo(lcSync) << "sync round:" << (report.ok ? "ok" : qPrintable(report.error)) << "pushed"
                   << report.pushed << "pulled" << report.pulled << "conflicts" << report.conflicts
                   << "sent again" << report.resent;
    return report;
}

Result<> SyncEngine::runRound(Report &report, RoundTimings &timings)
{
    timings.begin(QStringLiteral("sign-in"));
    if (Result<> signedIn = signIn(); !signedIn)
        return signedIn;
    OutboxPush push(m_store, *m_server, m_branchId);
    push.batchSize = pushBatchSize;
    AuditUpload audit(m_store, *m_server);
    audit.batchSize = pushBatchSize;
    BaselineDownload baseline(m_store, *m_server);
    baseline.stopAfterPages = stopAfterBaselinePages;
    ChangePull pull(m_store, *m_server, m_branchId);
    pull.batchSize = pullBatchSize;
    pull.role = m_role;
    pull.timings = &timings;
    // Rows changed here from now on may be newer than a snapshot taken in this round.
    SnapshotRefresh refresh(m_store, *m_server, SqlTime::now());
    const std::pair<SyncStep *, QString> steps[] = {{&push, QStringLiteral("push")},
                                                     {&audit, QStringLiteral("audit")},
                                                     {&baseline, QStringLiteral("baseline")},
                                                     {&pull, QStringLiteral("pull")}};
    for (const auto &[step, name] : steps) {
        timings.begin(name);
        Result<> done = step->run(report);
        if (!done && step == &pull && report.logCompacted && !report.snapshotTaken) {
            done = refresh.run(report);
            if (done)
                done = pull.run(report);
        }
        if (!done)
            return done;
    }
    timings.begin(QStringLiteral("moved away"));
    if (Result<> dropped = dropMovedCustomers(report); !dropped)
        return dropped;
    // After a restored server's full download, everything in the outbox goes again.
    return report.fullDownload ? push.run(report) : Result<>();
}

Result<> SyncEngine::signIn()
{
    const QString refused = tr("The sync server refused the sign-in (%1): %2");
    m_server->node = m_store.nodeId(); // this workstation's audit chain goes up in the round
    const Result<SyncHttpClient::Answer> answer
            = m_server->accepted(m_server->signIn(m_username, m_password), refused);
    if (!answer)
        return answer.error();
    if (!m_server->isSignedIn()) // an answer without a token
        return Error(QString(refused).arg(answer->status).arg(answer->serverError()));
    m_branchId = answer->object().value(QStringLiteral("branch_id")).toString();
    m_role = StaffRoles::fromCode(answer->object().value(QStringLiteral("role")).toString());
    // A workstation exchanges its own branch only: an account of another branch would
    // download that branch here and make this one's customers look moved away.
    if (WorkstationBranch::isAnother(m_store, m_branchId)) {
        m_server->signOut();
        return Error(tr("The account %1 belongs to another branch than this workstation; "
                        "nothing was exchanged.")
                             .arg(m_username));
    }
    if (!m_branchId.isEmpty() && !WorkstationBranch::remember(m_store, m_branchId)) {
        m_server->signOut();
        return Error(tr("This workstation's branch could not be recorded."));
    }
    return {};
}

Result<> SyncEngine::dropMovedCustomers(Report &report)
{
    if (m_branchId.isEmpty())
        return {};
    const Result<int> removed = MovedCustomers(m_store).removeAwayFrom(m_branchId);
    if (!removed)
        return removed.error();
    report.movedAway += *removed;
    return {};
}

} // namespace bd
