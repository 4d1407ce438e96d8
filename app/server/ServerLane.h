#pragma once

#include "app/domain/Result.h"
#include "app/server/ServerDatabase.h"

#include <QHttpServerResponse>
#include <QThread>

#include <functional>
#include <memory>

namespace bd {

class ServerStore;

// A thread of branchdesk-server with its own connection to the database, on which a kind of
// request runs (the pushes on one, the pulls on another), so that a pull is not queued
// behind a push whose commit waits for the disk and the synchronous standby, and the event
// loop keeps reading requests and writing answers meanwhile. A lane's jobs run one at a
// time, in the order given: on the push lane, one process's pushes commit in the order they
// came, as when they all ran on the event loop. What one connection sees of another is what
// one server process sees of another (only committed changes, each branch's numbers in
// order), so a pull on its lane never sees a push half done.
class ServerLane
{
public:
    explicit ServerLane(const QString &name);
    ~ServerLane();
    Q_DISABLE_COPY_MOVE(ServerLane)

    // Connects the lane's own store, on its thread, to a database that another store opened
    // (and migrated) already. Blocks until connected or refused.
    Result<> open(const ServerDatabase::Settings &settings);

    using Job = std::function<QHttpServerResponse(ServerStore &)>;
    using Answer = std::function<void(QHttpServerResponse &&)>;
    // Runs `job` on the lane's thread over its store, then `answer` with what it returned on
    // `context`'s thread (the event loop's): nothing if `context` is gone by then.
    void run(Job job, QObject *context, Answer answer);

    // Jobs given to any lane and not yet answered (a graceful stop waits for them).
    static int inFlight();

private:
    QThread m_thread;
    QObject *m_worker; // lives on m_thread
    std::unique_ptr<ServerStore> m_store; // made, used and dropped on m_thread only
};

// The lanes branchdesk-server runs its sync routes on; a route without one runs on the event
// loop over the main store (the tests' embedded server).
struct ServerLanes
{
    ServerLane *pushes = nullptr;
    ServerLane *pulls = nullptr;
};

} // namespace bd
