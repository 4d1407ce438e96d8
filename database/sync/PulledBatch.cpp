#include "database/sync/PulledBatch.h"

#include "app/domain/HybridLogicalClock.h"
#include "database/core/SensitiveColumns.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/sync/HeldChanges.h"
#include "database/sync/MovedCustomers.h"
#include "database/sync/ReferenceBranches.h"
#include "database/sync/RemoteChangeApplier.h"
#include "database/sync/SyncState.h"
#include "database/sync/WorkstationBranch.h"

#include <QSqlError>
#include <QSqlQuery>

namespace bd {

namespace {
// A statement run once per change: prepared once per batch.
class Prepared
{
public:
    Prepared(Store &store, const QString &sql)
        : m_query(store.database())
    {
        m_query.prepare(sql);
    }
    Result<> run()
    {
        if (!m_query.exec())
            return Error(m_query.lastError().text());
        return {};
    }

private:
    QSqlQuery m_query;
};

// A failure that says nothing about the change itself (the field key is locked, the file
// is busy or failing): the batch is not applied and is tried again, rather than set aside.
bool isPassing(const QString &reason)
{
    return reason == SensitiveColumns::lockedMessage()
            || reason.contains(QLatin1String("locked"), Qt::CaseInsensitive)
            || reason.contains(QLatin1String("busy"), Qt::CaseInsensitive)
            || reason.contains(QLatin1String("disk I/O"), Qt::CaseInsensitive)
            || reason.contains(QLatin1String("out of memory"), Qt::CaseInsensitive);
}
} // namespace

Result<PulledBatch::Applied> PulledBatch::apply(Store &store,
                                                const CustomersChanged &customersChanged) const
{
    Transaction transaction(store.database());
    ReferenceBranches referenceBranches(store);
    if (Result<> stored = referenceBranches.apply(branches); !stored)
        return Error(
                tr("The server's branch list could not be stored: %1").arg(stored.errorString()));
    Applied applied;
    applied.branchListWhole = referenceBranches.heldBack() == 0;
    RemoteChangeApplier applier(store);
    Prepared savepoint(store, QStringLiteral("SAVEPOINT pulled_change"));
    Prepared rollBack(store, QStringLiteral("ROLLBACK TO pulled_change"));
    Prepared release(store, QStringLiteral("RELEASE pulled_change"));
    Touched touched;
    const auto touch = [&touched](const SyncChange &change) {
        const bool ofCustomerRow = change.table == QLatin1String("customer");
        if (ofCustomerRow)
            touched.customers.insert(CustomerId(change.rowId));
        touched.edits << Touched::Edit{
                change.table, change.rowId, change.hlc, change.originNode,
                CustomerId(ofCustomerRow ? change.rowId
                                         : change.fields.value(QLatin1String("customer_id")).toString()),
                RemoteChangeApplier::isErasure(change)};
        const QString consentOf = change.fields.value(QLatin1String("customer_id")).toString();
        if (change.table == QLatin1String("consent_record") && !consentOf.isEmpty())
            touched.consents.insert(CustomerId(consentOf));
    };
    HeldChanges held(store);
    // Each change in a savepoint of its own: one that cannot be applied here (a value this
    // schema refuses, a row it cannot take) is undone alone and set aside with its reason,
    // and the rest of the batch and the cursor go on. A wedged cursor would stop every
    // later change of the branch from arriving. One whose row or parent is not here yet is
    // held (HeldChanges) until it is. Waits (nothing applied) or not.
    const auto applyOne = [&](const SyncChange &change) -> Result<bool> {
        if (Result<> opened = savepoint.run(); !opened)
            return opened.error();
        const auto outcome = applier.apply(change);
        bool waits = outcome && *outcome == RemoteChangeApplier::Outcome::Waiting;
        QString reason = waits ? applier.waitingReason() : QString();
        if (!outcome) {
            reason = outcome.errorString();
            if (isPassing(reason)) // tried again at the next pull, with the cursor unmoved
                return Error(tr("A pulled change could not be applied: %1").arg(reason));
            waits = HeldChanges::waitsForARow(reason);
            Result<> undone = rollBack.run();
            if (undone)
                undone = waits ? held.hold(change, reason) : applier.setAside(change, reason);
            if (!undone)
                return Error(tr("A pulled change could not be applied: %1").arg(reason));
        } else if (waits) {
            if (Result<> kept = held.hold(change, reason); !kept)
                return Error(tr("A pulled change could not be applied: %1").arg(kept.errorString()));
        }
        if (Result<> released = release.run(); !released)
            return released.error();
        return waits;
    };
    HlcStamp latestSeen = HlcStamp::fromString(store.setting(QStringLiteral("hlc_last")));
    QSet<QString> arrived; // rows that came: what is held and names one may apply now
    const auto took = [&](const SyncChange &change) {
        const HlcStamp stamp = HlcStamp::fromString(change.hlc);
        store.observeStamp(stamp);
        if (latestSeen < stamp)
            latestSeen = stamp;
    };
    for (qsizetype next = 0; next < changes.size();) {
        // New rows in a run (an import made elsewhere): a few statements for all of them.
        const Result<qsizetype> inserted = applier.insertNewRows(changes, next);
        if (!inserted)
            return Error(tr("A pulled change could not be applied: %1").arg(inserted.errorString()));
        for (qsizetype i = next; i < next + *inserted; ++i) {
            took(changes.at(i));
            arrived.insert(changes.at(i).rowId);
            touch(changes.at(i));
            ++applied.pulled;
        }
        if (*inserted > 0) {
            next += *inserted;
            continue;
        }
        const SyncChange &change = changes.at(next++);
        if (change.originNode == store.nodeId()) {
            // Our own change: already here but after a fresh download (applyOwn). One that
            // cannot be put back is left as it is here.
            if (Result<> opened = savepoint.run(); !opened)
                return opened.error();
            if (!applier.applyOwn(change) && !rollBack.run())
                return Error(tr("A pulled change could not be applied: %1").arg(change.changeId));
            if (Result<> released = release.run(); !released)
                return released.error();
            if (change.table == QLatin1String("customer")) // its search keys follow
                touched.customers.insert(CustomerId(change.rowId));
            if (RemoteChangeApplier::isErasure(change)) // what the pull recorded of them (F34)
                touch(change);
            continue;
        }
        took(change);
        const Result<bool> waits = applyOne(change);
        if (!waits)
            return waits.error();
        if (!*waits)
            arrived.insert(change.rowId);
        touch(change);
        ++applied.pulled;
    }
    // A customer never here whom a held change places at another branch will not come: what
    // waits of them goes, and a held row that stays here loses its link to them (as one that
    // named a customer dropped here did when it was held).
    const Result<bool> settled = MovedCustomers(store).settleHeldOfCustomersElsewhere(
            WorkstationBranch::recorded(store));
    if (!settled)
        return settled.error();
    // What was held is tried again, oldest stamp first: all of it once when a row came (or
    // a held row was settled), then, pass after pass, only what names a row the pass before
    // brought (a change waits for its own row or a row its fields point to). Trying
    // everything until a pass applied nothing re-read and re-applied every held change once
    // per pass of every batch (issue 13).
    if ((!arrived.isEmpty() || *settled || held.heldWithoutLinks()) && held.count() > 0) {
        const Result<QList<SyncChange>> waiting = held.waiting();
        if (!waiting)
            return waiting.error();
        QList<SyncChange> toTry = *waiting;
        while (!toTry.isEmpty()) {
            QSet<QString> cameNow;
            QList<SyncChange> stillHeld;
            for (const SyncChange &change : std::as_const(toTry)) {
                const Result<bool> waits = applyOne(change); // held again (same id) if it waits
                if (!waits)
                    return waits.error();
                if (*waits) {
                    stillHeld << change;
                    continue;
                }
                if (Result<> gone = held.release(change.changeId); !gone)
                    return gone.error();
                touch(change);
                cameNow.insert(change.rowId);
            }
            toTry.clear();
            for (const SyncChange &change : std::as_const(stillHeld)) {
                if (HeldChanges::namesAnyOf(change, cameNow))
                    toTry << change;
            }
        }
    }
    if (customersChanged) {
        if (Result<> followed = customersChanged(touched); !followed)
            return followed.error();
    }
    applied.conflicts = applier.conflictsRecorded();
    // The clock seen in the batch is kept with it: after a crash a later local edit must
    // still stamp after every change this file already holds (Store restores its clock
    // from hlc_last when it opens).
    if (!store.setSetting(QStringLiteral("hlc_last"), latestSeen.toString()))
        return Error(tr("The clock seen in a pulled batch could not be stored."));
    if (Result<> advanced = SyncState(store).advance(lastSeq, epoch); !advanced)
        return advanced.error();
    if (Result<> committed = transaction.commit(); !committed)
        return committed.error();
    return applied;
}

} // namespace bd
