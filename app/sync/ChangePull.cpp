#include "app/sync/ChangePull.h"

#include "app/services/privacy/ConsentService.h"
#include "app/common/TableWriteRights.h"
#include "app/sync/PulledErasures.h"
#include "app/sync/RoundTimings.h"
#include "app/sync/SyncHttpClient.h"
#include "app/sync/SyncReport.h"
#include "database/core/ClockCorrection.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/opportunities/OpportunityMerge.h"
#include "database/search/CustomerSearchIndex.h"
#include "database/sync/HeldChanges.h"
#include "database/sync/Outbox.h"
#include "database/sync/PulledBatch.h"
#include "database/sync/ServerMadeRows.h"
#include "database/sync/SyncState.h"

#include <QJsonArray>
#include <QScopeGuard>

namespace bd {

ChangePull::ChangePull(Store &store, SyncHttpClient &server, QString branchId)
    : SyncStep(store, server)
    , m_branchId(std::move(branchId))
{
}

Result<> ChangePull::run(SyncReport &report)
{
    for (;;) {
        const SyncState state(m_store);
        const qint64 cursor = state.cursor();
        QString path = QStringLiteral("/v1/changes?branch=%1&after=%2&limit=%3")
                               .arg(QString::fromLatin1(QUrl::toPercentEncoding(m_branchId)))
                               .arg(cursor)
                               .arg(batchSize);
        // The branch list comes only when it is not the one applied here last.
        if (const QString known = state.branchListVersion(); !known.isEmpty())
            path += QStringLiteral("&branches=") + QString::fromLatin1(QUrl::toPercentEncoding(known));
        const qint64 asked = ClockCorrection::machineTime(m_store.nodeId());
        note(QStringLiteral("pull download"));
        const SyncHttpClient::Answer raw = m_server.get(path);
        // 410: the changes after the cursor were compacted into the branch's snapshot.
        report.logCompacted = raw.status == 410;
        const Result<SyncHttpClient::Answer> answer
                = m_server.accepted(raw, tr("The sync server refused the download (%1): %2"));
        if (!answer)
            return answer.error();
        const QJsonObject reply = answer->object();
        if (Result<> measured = measureClock(reply, asked, report); !measured)
            return measured;
        const QString epoch = reply.value(QStringLiteral("epoch")).toString();
        const QString knownEpoch = state.epoch();
        if (!knownEpoch.isEmpty() && epoch != knownEpoch && cursor > 0) {
            if (Result<> restarted = startOver(epoch); !restarted)
                return restarted;
            report.fullDownload = true;
            continue;
        }
        const Result<PulledBatch> batch = batchOf(reply, cursor);
        if (!batch)
            return batch.error();
        note(QStringLiteral("pull apply"));
        const Result<PulledBatch::Applied> applied
                = batch->apply(m_store, [this, &report](const PulledBatch::Touched &touched) {
                      note(QStringLiteral("pull follow"));
                      const auto commit = qScopeGuard([this] { note(QStringLiteral("pull commit")); });
                      if (Result<> followed = followConsent(touched.consents); !followed)
                          return followed;
                      if (Result<> erased = PulledErasures(m_store, role).follow(touched); !erased)
                          return erased;
                      QSet<CustomerId> offered; // customers of pulled opportunities
                      for (const PulledBatch::Touched::Edit &edit : touched.edits) {
                          report.pulledTables.insert(edit.table);
                          if (edit.table == QLatin1String("opportunity") && !edit.customer.isEmpty())
                              offered.insert(edit.customer);
                      }
                      if (Result<> merged = followOpportunities(offered); !merged)
                          return merged;
                      return followSearchKeys(touched.customers);
                  });
        if (!applied)
            return applied.error();
        // A list applied only in part (codes swapped between pulls) is asked for again.
        if (reply.contains(QStringLiteral("branches"))) {
            const Result<> noted = SyncState(m_store).setBranchListVersion(
                    applied->branchListWhole
                            ? reply.value(QStringLiteral("branches_version")).toString()
                            : QString());
            if (!noted)
                return noted;
        }
        report.pulled += applied->pulled;
        report.conflicts += applied->conflicts;
        if (!reply.value(QStringLiteral("more")).toBool())
            return {};
    }
}

void ChangePull::note(const QString &step)
{
    if (timings)
        timings->begin(step);
}

Result<> ChangePull::measureClock(const QJsonObject &answer, qint64 asked, SyncReport &report)
{
    // The server's time is taken as of the middle of the request. A machine more than a
    // few minutes off then stamps with the corrected time (ClockCorrection), so that a clock two
    // hours ahead no longer wins every concurrent edit; the status corner warns.
    const QJsonValue serverTime = answer.value(QStringLiteral("server_time"));
    if (!serverTime.isDouble())
        return {}; // an older server
    const qint64 answered = ClockCorrection::machineTime(m_store.nodeId());
    const qint64 offset = qint64(serverTime.toDouble()) - (asked + answered) / 2;
    report.clockOffsetMs = offset;
    ClockCorrection::setOffset(m_store.nodeId(), offset);
    if (!m_store.setSetting(QStringLiteral("clock_offset_ms"), QString::number(offset)))
        return Error(tr("The clock offset to the sync server could not be stored."));
    return {};
}

Result<PulledBatch> ChangePull::batchOf(const QJsonObject &answer, qint64 cursor) const
{
    PulledBatch batch;
    batch.branches = answer.value(QStringLiteral("branches"));
    batch.epoch = answer.value(QStringLiteral("epoch")).toString();
    batch.lastSeq = answer.value(QStringLiteral("last_seq")).toInteger(cursor);
    const QJsonArray changes = answer.value(QStringLiteral("changes")).toArray();
    for (const QJsonValue &value : changes) {
        // A server that took audit_log rows as changes (before they were refused) may
        // still hand them out: they are never applied, the local chain is this desk's own.
        if (value.toObject().value(QStringLiteral("table")).toString()
            == QLatin1String("audit_log"))
            continue;
        QString problem;
        batch.changes << SyncChange::fromJson(value.toObject(), &problem);
        if (!problem.isEmpty())
            return Error(tr("The sync server sent a malformed change: %1").arg(problem));
    }
    return batch;
}

Result<> ChangePull::startOver(const QString &epoch)
{
    // The server was restored or re-created: download everything again. The outbox
    // stays; its changes are pushed again once the download is done, with copies of the
    // rows the server made itself (no outbox holds those; it may have lost them).
    Transaction transaction(m_store.database());
    Result<> reset = SyncState(m_store).startOver(epoch);
    if (reset)
        reset = Outbox(m_store).sendAgain();
    if (reset) { // and what the server made itself goes back to it (F31)
        const Result<int> sentBack = ServerMadeRows(m_store).sendBack();
        reset = sentBack ? Result<>() : Result<>(sentBack.error());
    }
    if (reset) // held changes of the old log: what it still holds comes again
        reset = HeldChanges(m_store).forgetAll();
    if (!reset)
        return reset;
    return transaction.commit();
}

Result<> ChangePull::followOpportunities(const QSet<CustomerId> &customers)
{
    // Another desk's opportunity, or the server's, may be one this desk raised too before
    // either synced: every copy closes the same duplicate the same way (OpportunityMerge).
    const bool record = !role || TableWriteRights::mayWrite(*role, QStringLiteral("opportunity"));
    const Result<int> merged = OpportunityMerge(m_store, record).settle(customers);
    if (!merged)
        return Error(tr("Duplicate opportunities could not be merged: %1").arg(merged.errorString()));
    return {};
}

Result<> ChangePull::followConsent(const QSet<CustomerId> &customers)
{
    // A pulled grant or withdrawal changes the summary here as it did where it was made:
    // every workstation derives it from the same records in the same order.
    for (const CustomerId &customerId : customers) {
        if (Result<> followed = ConsentService::followSummary(m_store, customerId);
            !followed)
            return Error(tr("The consent of a pulled customer could not be brought up to date: %1")
                                 .arg(followed.errorString()));
    }
    return {};
}

Result<> ChangePull::followSearchKeys(const QSet<CustomerId> &customers)
{
    // A pulled name, phone or ID number (or an erasure) must be found, or no longer be
    // found, by search at once: the keys change in the same transaction as the rows.
    CustomerSearchIndex searchIndex(m_store);
    const bool keyOpen = !m_store.fieldsEncrypted() || m_store.fieldKeys();
    if (!keyOpen && !customers.isEmpty() && !searchIndex.markStale())
        return Error(tr("The search index could not be marked for rebuilding."));
    if (!keyOpen || customers.isEmpty())
        return {};
    if (const Result<> updated = searchIndex.update(customers.values()); !updated)
        return Error(tr("The search keys of a pulled customer could not be updated: %1")
                             .arg(updated.errorString()));
    return {};
}

} // namespace bd
