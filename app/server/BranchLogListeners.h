#pragma once

#include "app/domain/Ids.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>
#include <vector>

class QHttpServer;
class QWebSocket;

namespace bd {

class ServerStore;

// Workstations that keep a WebSocket open to hear at once when their branch's change log
// grows (docs/SYNC_PROTOCOL.md, "Listening for changes"): an opportunity the rules just
// made, or a colleague's push. Each socket signs in with the bearer token of a staff
// account; it is then told the number of the branch's last change whenever that grows,
// and the workstation pulls. The log is watched in the database (a cheap read of the
// branches' counters every quarter second while anyone listens), so a change written by
// another server process over the same PostgreSQL is heard too; ring() tells at once.
class BranchLogListeners : public QObject
{
    Q_OBJECT

public:
    static constexpr int kMaxListeners = 2000;
    static constexpr int kSignInMs = 10000;
    static constexpr int kPollMs = 250;

    BranchLogListeners(QHttpServer &server, ServerStore *store);
    ~BranchLogListeners() override;

    // The branch's log grew: tell its listeners now.
    void ring(const BranchId &branch);
    int listening() const;

private:
    struct Listener;
    void take();
    void signIn(Listener *listener, const QString &message);
    void poll();
    void tell(const BranchId &branch, qint64 lastSeq);
    void drop(QWebSocket *socket);
    qint64 lastSeqOf(const BranchId &branch) const;

    QHttpServer &m_server;
    ServerStore *m_store;
    std::vector<std::unique_ptr<Listener>> m_listeners;
    QHash<BranchId, qint64> m_told;
    QTimer m_poll;
};

} // namespace bd
