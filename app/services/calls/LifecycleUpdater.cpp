#include "app/services/calls/LifecycleUpdater.h"

#include "app/services/calls/LifecycleRules.h"
#include "app/services/core/AuditTrail.h"
#include "database/calls/CallContactRepository.h"
#include "database/calls/CallQueries.h"
#include "database/calls/LifecycleFactsQuery.h"
#include "database/core/SqlTime.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"

namespace bd {

LifecycleUpdater::LifecycleUpdater(Store &store, const Session &session, CallClock clock)
    : m_store(store)
    , m_session(session)
    , m_clock(std::move(clock))
{
}

LifecycleUpdater::Report LifecycleUpdater::recomputeMine()
{
    // The book's facts in one statement (a branch head's run reads a million customers at
    // 1M: one query each took minutes).
    const bool branch = m_session.can(Permission::AssignCallLists);
    return recompute([&](const std::function<void(const CustomerId &, const LifecycleFacts &)>
                                 &visit) {
        LifecycleFactsQuery(m_store).each(m_session.branch.id, branch ? QString() : m_session.user.id,
                                          localToday(m_clock), visit);
    });
}

LifecycleUpdater::Report LifecycleUpdater::recompute(const QStringList &customerIds)
{
    return recompute([&](const std::function<void(const CustomerId &, const LifecycleFacts &)>
                                 &visit) {
        const LifecycleFactsQuery query(m_store);
        const QDate today = localToday(m_clock);
        for (const QString &text : customerIds) {
            const CustomerId id(text);
            if (const LifecycleFacts facts = query.of(id, today); facts.found)
                visit(id, facts);
        }
    });
}

LifecycleUpdater::Report LifecycleUpdater::recompute(const FactsSource &readFacts)
{
    Report report;
    if (!m_session.can(Permission::EditCustomerProfile)) {
        report.problem = m_session.refusal(Permission::EditCustomerProfile);
        return report;
    }
    const QDate today = localToday(m_clock);
    const QString at = SqlTime::timestamp(m_clock());
    CallContactRepository customers(m_store);
    struct Change
    {
        CustomerId id;
        int baseVersion = 1;
        LifecycleRules::Verdict verdict;
    };
    // Only the customers whose stage or reason the rules would change are kept (and so
    // written and queued for sync): a run over an unchanged book writes nothing. A stage this
    // version does not know came from a newer version's rules: it is left as it is, not
    // recomputed over (the two versions would otherwise overwrite each other on every run).
    QList<Change> changes;
    readFacts([&](const CustomerId &id, const LifecycleFacts &facts) {
        ++report.checked;
        if (!facts.stage)
            return;
        const LifecycleRules::Verdict verdict = LifecycleRules::evaluate(facts, today);
        if (verdict.stage != *facts.stage || verdict.reason != facts.reason)
            changes.append({id, facts.version, verdict});
    });
    QList<Change> batch;
    const auto write = [&]() -> bool {
        Transaction transaction(m_store.database());
        for (const Change &change : std::as_const(batch)) {
            const Result<> set = customers.setLifecycle(change.id, change.baseVersion,
                                                        change.verdict.stage,
                                                        change.verdict.reason, at);
            if (set) {
                ++report.changed;
            } else if (!set.errorString().isEmpty()) {
                report.problem = tr("The lifecycle stages could not be saved: %1")
                                         .arg(set.errorString());
                return false;
            } // else changed by someone meanwhile: the next run looks at it again
        }
        if (const Result<> committed = transaction.commit(); !committed) {
            report.problem = tr("The lifecycle stages could not be saved: %1")
                                     .arg(committed.errorString());
            return false;
        }
        batch.clear();
        return true;
    };
    // Facts are read outside the write lock; the changes go in short batches, so a contact or
    // an edit saved meanwhile waits for one batch, not for the whole branch.
    for (const Change &change : std::as_const(changes)) {
        batch.append(change);
        if (batch.size() >= kBatchSize && !write())
            return report;
    }
    if (!batch.isEmpty() && !write())
        return report;
    if (report.changed > 0) {
        Transaction transaction(m_store.database());
        const bool audited = AuditTrail(m_store).record(
                &m_session, QStringLiteral("lifecycle_recomputed"), QStringLiteral("customer"), {},
                {{QStringLiteral("checked"), report.checked},
                 {QStringLiteral("changed"), report.changed}});
        if (const Result<> saved = audited ? transaction.commit() : Error(QString()); !saved) {
            report.problem = tr("The lifecycle stages could not be saved: %1")
                                     .arg(saved.errorString());
            return report;
        }
    }
    report.ok = true;
    return report;
}

} // namespace bd
