#pragma once

#include "app/domain/Result.h"
#include "app/rules/MarketingEvent.h"

#include <QDateTime>
#include <QObject>

#include <functional>

class QThread;
class QTimer;

namespace bd {

class Store;

// Runs the branch's rules on the events this desk raised (the teller's counter business, a
// walk-in, a call outcome: docs/EVENTS.md, "On the workstation"), on a worker thread, so a
// burst of them never freezes the window (bench_desk_event_rules). Whoever raises an event
// stores it pending (raise(), one cheap insert) and wakes this; the worker evaluates what is
// pending in short transactions (its own connection, Store::database()) with the same
// RuleEngine as the server, over the rules synced to the desk, and writes the opportunities
// with their changes for sync. One run at a time; a wake during a run makes another run.
class DeskEventEvaluation : public QObject
{
    Q_OBJECT

public:
    struct Report
    {
        int evaluated = 0;
        int opportunities = 0;
        QStringList ignoredRules; // synced rule rows that could not be used, with why
    };

    explicit DeskEventEvaluation(Store &store, QObject *parent = nullptr);
    ~DeskEventEvaluation() override; // stop()

    // Stores an event of the desk, pending, with a new id if it has none; the customer is
    // event.customerId. For the GUI thread: no rule runs here.
    static Result<QString> raise(Store &store, MarketingEvent event,
                                 const QDateTime &now = QDateTime::currentDateTimeUtc());

    // raise() for the services that record the business an event comes from, inside their
    // own transaction: codes the event kind does not know are left out, and a failure is
    // logged, never theirs (the walk-in, the counter service, the call are what matter).
    static void raiseAlongside(Store &store, MarketingEvent event, const QDateTime &now);

    // Evaluates what is pending on the worker thread (now, or after the running run).
    void wake();
    // Looks for pending events every `intervalMs` (a cheap count on this thread) and wakes
    // itself: the services that raise them (LobbyVisitLog, TellerSession, CallOutcomes) need
    // not know of this object.
    void watch(int intervalMs = 1000);
    bool isRunning() const { return m_running; }
    // No more runs: stops watching, lets the run in progress finish, ends the worker thread
    // (before the store goes).
    void stop();

    // The work itself, on the calling thread: every pending event, `batch` per transaction.
    static Result<Report> evaluatePending(Store &store, const QDateTime &now, int batch = 50);

    // The clock of the worker's runs (tests set a fixed one).
    std::function<QDateTime()> clock = [] { return QDateTime::currentDateTimeUtc(); };

signals:
    // After a run that evaluated any event, or failed (problem not empty).
    void evaluated(int events, int opportunities, const QString &problem);

private:
    void start();
    void runFinished(const Result<Report> &outcome);

    Store &m_store;
    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr; // lives on m_thread: the runs are queued to it
    QTimer *m_watch = nullptr;
    bool m_running = false;
    bool m_again = false;
};

} // namespace bd
