#pragma once

#include "app/services/calls/CarePlanner.h"
#include "app/services/calls/LifecycleUpdater.h"
#include "app/services/contact/CallClock.h"
#include "app/services/core/Session.h"

#include <QObject>

#include <optional>

class QThread;

namespace bd {

class Store;

// Makes the care plan, and for the branch also recomputes the lifecycle stages, on a worker
// thread, so neither a manager's sign-in nor the branch head's run freezes the window
// (docs/BENCHMARKS.md has the figures). The worker reaches the database through
// Store::database(), which gives it its own connection; its transaction is BEGIN IMMEDIATE,
// so writes on the GUI thread queue behind it on the busy timeout. One run at a time.
class BackgroundCarePlan : public QObject
{
    Q_OBJECT

public:
    enum class Scope {
        Mine,   // CarePlanner::planMine (a manager at sign-in)
        Branch, // CarePlanner::planBranch, then LifecycleUpdater::recomputeMine (branch head)
    };
    struct Outcome
    {
        CarePlanner::Report care;
        std::optional<LifecycleUpdater::Report> stages; // Branch only
    };

    explicit BackgroundCarePlan(QObject *parent = nullptr);
    ~BackgroundCarePlan() override; // waits for a running plan

    // False (and nothing started) while a plan is running. The store must outlive the run:
    // call wait() before closing it.
    bool start(Store &store, const Session &session, Scope scope, CallClock clock = systemCallClock());
    bool isRunning() const { return m_thread != nullptr; }
    void wait();

    // The work itself, on the calling thread.
    static Outcome run(Store &store, const Session &session, Scope scope, const CallClock &clock,
                       const CarePlanner::Progress &progress = {});
    static QString summary(const Outcome &outcome); // translated, for a status line

signals:
    // How far a plan that reads the book is (0..100), emitted by the worker: connections to
    // the GUI thread are queued. A plan that finds the book planned already emits nothing.
    void progressed(int percent);
    void finished(const bd::BackgroundCarePlan::Outcome &outcome);

private:
    void threadFinished();

    QThread *m_thread = nullptr;
    quint64 m_runs = 0;
    Outcome m_outcome; // written by the worker, read after it finished
};

} // namespace bd
