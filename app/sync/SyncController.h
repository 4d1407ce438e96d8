#pragma once

#include "app/sync/BranchLogListener.h"
#include "app/sync/SyncEngine.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>
#include <QUrl>

namespace bd {

class Store;

// Background sync for a signed-in workstation: a round on a timer, on demand, and when the
// server says the branch's log grew (BranchLogListener: an opportunity arrives without
// anyone clicking), in a worker thread so the GUI never waits for the network. It holds
// the user's password in memory only while signed in (the server needs it to hand out a
// token).
class SyncController : public QObject
{
    Q_OBJECT

public:
    explicit SyncController(Store &store, QObject *parent = nullptr);
    ~SyncController() override;

    void start(const QUrl &server, const QString &username, const QString &password,
               int intervalSeconds = 300);
    void stop(); // on sign-out or lock: forgets the password
    bool isConfigured() const { return m_server.isValid() && !m_username.isEmpty(); }
    bool isRunning() const { return m_watcher.isRunning(); }
    QUrl server() const { return m_server; }
    // PEM of a private authority that signed an https server's certificate.
    void setCaFile(const QString &caFile) { m_caFile = caFile; }
    SyncEngine::Report lastReport() const { return m_last; }
    const BranchLogListener &listener() const { return m_listener; }

public slots:
    void syncNow();

signals:
    void syncStarted();
    void syncFinished(const bd::SyncEngine::Report &report);

private:
    Store &m_store;
    QUrl m_server;
    QString m_username;
    QString m_password;
    QString m_caFile;
    QTimer m_timer;
    QFutureWatcher<SyncEngine::Report> m_watcher;
    SyncEngine::Report m_last;
    BranchLogListener m_listener;
    bool m_roundAgain = false; // told of new changes while a round ran
};

} // namespace bd
