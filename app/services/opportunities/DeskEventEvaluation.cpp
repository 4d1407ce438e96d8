#include "app/services/opportunities/DeskEventEvaluation.h"

#include "app/domain/Uuid7.h"
#include "app/rules/EventLogging.h"
#include "database/core/Store.h"
#include "database/core/Transaction.h"
#include "database/opportunities/DeskEventRecord.h"
#include "database/opportunities/OpportunityMerge.h"

#include <QThread>
#include <QTimer>

namespace bd {

DeskEventEvaluation::DeskEventEvaluation(Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

DeskEventEvaluation::~DeskEventEvaluation()
{
    stop();
}

Result<QString> DeskEventEvaluation::raise(Store &store, MarketingEvent event, const QDateTime &now)
{
    if (event.eventId.isEmpty())
        event.eventId = Uuid7Generator::generate();
    if (!event.occurredAt.isValid())
        event.occurredAt = now;
    event.source = MarketingEvent::Source::Desk;
    if (Result<> stored = DeskEventRecord(store).raise(event, now); !stored)
        return stored.error();
    return event.eventId;
}

void DeskEventEvaluation::raiseAlongside(Store &store, MarketingEvent event, const QDateTime &now)
{
    for (QString *code : {&event.channel, &event.businessType, &event.valueClass, &event.outcome,
                          &event.contactKind}) {
        const EventField field = code == &event.channel        ? EventField::Channel
                : code == &event.businessType                  ? EventField::BusinessType
                : code == &event.valueClass                    ? EventField::ValueClass
                : code == &event.outcome                       ? EventField::Outcome
                                                               : EventField::ContactKind;
        if (!code->isEmpty() && !EventKinds::fieldCodes(field).contains(*code))
            code->clear();
    }
    if (const Result<QString> raised = raise(store, event, now); !raised)
        qCWarning(lcEvents) << "a desk event was not raised:" << raised.errorString();
}

void DeskEventEvaluation::wake()
{
    if (m_running) {
        m_again = true;
        return;
    }
    start();
}

void DeskEventEvaluation::watch(int intervalMs)
{
    if (!m_watch) {
        m_watch = new QTimer(this);
        connect(m_watch, &QTimer::timeout, this, [this] {
            if (!m_running && DeskEventRecord(m_store).pendingCount() > 0)
                wake();
        });
    }
    m_watch->start(intervalMs);
}

void DeskEventEvaluation::start()
{
    // One worker thread for the object's life: one connection of the store (a thread per
    // run would open one each time, Store::database()).
    if (!m_thread) {
        m_thread = new QThread;
        m_thread->setObjectName(QStringLiteral("BranchDesk desk events"));
        m_worker = new QObject;
        m_worker->moveToThread(m_thread);
        m_thread->start(QThread::LowPriority);
    }
    m_running = true;
    m_again = false;
    Store *store = &m_store;
    const QDateTime now = clock();
    QMetaObject::invokeMethod(m_worker, [this, store, now] {
        const Result<Report> outcome = evaluatePending(*store, now);
        // Dropped if this object is gone meanwhile (stop() waited for this run).
        QMetaObject::invokeMethod(this, [this, outcome] { runFinished(outcome); },
                                  Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void DeskEventEvaluation::stop()
{
    if (m_watch)
        m_watch->stop();
    m_again = false;
    if (!m_thread)
        return;
    m_thread->quit(); // after the run in progress
    m_thread->wait();
    delete m_worker;
    delete m_thread;
    m_worker = nullptr;
    m_thread = nullptr;
    m_running = false;
}

void DeskEventEvaluation::runFinished(const Result<Report> &outcome)
{
    m_running = false;
    if (!outcome)
        emit evaluated(0, 0, outcome.error().message());
    else if (outcome->evaluated > 0)
        emit evaluated(outcome->evaluated, outcome->opportunities, QString());
    if (m_again)
        start();
}

Result<DeskEventEvaluation::Report> DeskEventEvaluation::evaluatePending(Store &store,
                                                                         const QDateTime &now,
                                                                         int batch)
{
    DeskEventRecord record(store);
    // The rules as synced right now: a change the branch head made counts from the next event.
    const Result<RuleBook::Built> built = record.rules();
    if (!built)
        return built.error();
    Report report;
    report.ignoredRules = built->ignored;
    for (const QString &why : std::as_const(built->ignored))
        qCWarning(lcEvents) << why;
    const RuleEngine engine(built->rules);
    struct Evaluated
    {
        MarketingEvent event;
        BranchId branch;
        QList<RuleOutcome> outcomes;
    };
    for (;;) {
        // The rules read outside any transaction (WAL: reads never stop a writer); only
        // the batch's writes hold the write lock, briefly, so a write on the GUI thread
        // finds it free while the next batch is read (bench_desk_event_rules: its wait).
        const Result<QList<MarketingEvent>> pending = record.pending(batch);
        if (!pending)
            return pending.error();
        if (pending->isEmpty()) {
            if (record.pendingCount() == 0)
                return report;
            continue; // a whole batch was set aside: the next one
        }
        DeskEventRecord::History history(store);
        QList<Evaluated> evaluated;
        for (const MarketingEvent &event : *pending) {
            const std::optional<CustomerProfile> customer = record.customer(event.customerId);
            evaluated << Evaluated{event, customer ? customer->branchId : BranchId(),
                                   customer ? engine.evaluate(event, *customer, history, now)
                                            : QList<RuleOutcome>()};
        }
        Transaction transaction(store.database());
        if (Result<> began = transaction.began(); !began)
            return began.error();
        QSet<CustomerId> offered;
        for (const Evaluated &one : std::as_const(evaluated)) {
            const Result<int> made = record.recordEvaluation(one.event, one.branch, one.outcomes, now);
            if (!made)
                return made.error();
            report.opportunities += *made;
            ++report.evaluated;
            if (*made > 0)
                offered.insert(one.event.customerId);
        }
        // One this desk just made may be the copy of one it pulled before: core banking's
        // report of the same counter transaction (OpportunityMerge).
        if (const Result<int> merged = OpportunityMerge(store, true).settle(offered, built->rules);
            !merged)
            return merged.error();
        if (Result<> committed = transaction.commit(); !committed)
            return committed.error();
    }
}

} // namespace bd
