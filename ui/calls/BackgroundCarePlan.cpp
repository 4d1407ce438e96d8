#include "ui/calls/BackgroundCarePlan.h"

#include <QThread>

namespace bd {

BackgroundCarePlan::BackgroundCarePlan(QObject *parent)
    : QObject(parent)
{
}

BackgroundCarePlan::~BackgroundCarePlan()
{
    wait();
}

bool BackgroundCarePlan::start(Store &store, const Session &session, Scope scope, CallClock clock)
{
    if (m_thread)
        return false;
    Store *target = &store;
    m_thread = QThread::create([this, target, session, scope, clock = std::move(clock)] {
        m_outcome = run(*target, session, scope, clock, [this](int percent) {
            emit progressed(percent);
        });
    });
    m_thread->setObjectName(QStringLiteral("BranchDesk care plan"));
    // QThread::finished comes from the worker; the handler runs here, on this object's thread.
    const quint64 run = ++m_runs;
    connect(m_thread, &QThread::finished, this, [this, run] {
        if (run == m_runs && m_thread) // else wait() has taken care of it
            threadFinished();
    });
    m_thread->start(QThread::LowPriority);
    return true;
}

void BackgroundCarePlan::wait()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void BackgroundCarePlan::threadFinished()
{
    wait();
    emit finished(m_outcome);
}

BackgroundCarePlan::Outcome BackgroundCarePlan::run(Store &store, const Session &session, Scope scope,
                                                    const CallClock &clock,
                                                    const CarePlanner::Progress &progress)
{
    Outcome outcome;
    CarePlanner planner(store, session, clock);
    planner.setProgress(progress);
    outcome.care = scope == Scope::Mine ? planner.planMine() : planner.planBranch();
    if (scope == Scope::Branch && outcome.care.ok)
        outcome.stages = LifecycleUpdater(store, session, clock).recomputeMine();
    return outcome;
}

QString BackgroundCarePlan::summary(const Outcome &outcome)
{
    if (!outcome.care.ok)
        return outcome.care.problem;
    QString text = tr("%n care task(s) made.", nullptr, outcome.care.created());
    if (outcome.stages) {
        text = outcome.stages->ok
                ? tr("%n care task(s) made; ", nullptr, outcome.care.created())
                        + tr("%n lifecycle stage(s) changed.", nullptr, outcome.stages->changed)
                : outcome.stages->problem;
    }
    return text;
}

} // namespace bd
