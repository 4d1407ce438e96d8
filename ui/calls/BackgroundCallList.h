#pragma once

#include "app/services/calls/CallListMaker.h"
#include "app/services/contact/CallClock.h"
#include "app/services/core/Session.h"

#include <QObject>

#include <atomic>

class QThread;

namespace bd {

class Store;

// Hands out a call list (CallListMaker::make) on a worker thread, so a branch-wide list of
// 20,000 customers never freezes the branch head's window (issue #15 item 20). The worker
// reaches the database through Store::database(), which gives it its own connection. The
// list is one transaction: stop() rolls it back, so a list is saved whole or not at all.
class BackgroundCallList : public QObject
{
    Q_OBJECT

public:
    explicit BackgroundCallList(QObject *parent = nullptr);
    ~BackgroundCallList() override; // stops a running hand-out (nothing saved) and waits

    // False (and nothing started) while a hand-out runs. The store must outlive the run.
    bool start(Store &store, const Session &session, const CallListMaker::Request &request,
               CallClock clock = systemCallClock());
    bool isRunning() const { return m_thread != nullptr; }
    // Asks a running hand-out to stop; finished() still comes, with the result (stopped,
    // or made whole when the stop came after its last row).
    void stop() { m_stop = true; }

signals:
    void progressed(int percent); // emitted by the worker: connections here are queued
    void finished(const bd::CallListMaker::Result &result); // on this object's thread

private:
    void wait();

    QThread *m_thread = nullptr;
    std::atomic_bool m_stop = false;
    CallListMaker::Result m_result; // written by the worker, read after it finished
};

} // namespace bd
