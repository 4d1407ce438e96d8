#include "app/sync/SyncController.h"

#include <QtConcurrent/QtConcurrentRun>

#include <utility>

namespace bd {

SyncController::SyncController(Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    connect(&m_timer, &QTimer::timeout, this, &SyncController::syncNow);
    connect(&m_watcher, &QFutureWatcher<SyncEngine::Report>::finished, this, [this] {
        m_last = m_watcher.result();
        emit syncFinished(m_last);
        if (std::exchange(m_roundAgain, false))
            syncNow();
    });
    connect(&m_listener, &BranchLogListener::logGrew, this, [this] {
        if (isRunning())
            m_roundAgain = true;
        else
            syncNow();
    });
}

SyncController::~SyncController()
{
    m_timer.stop();
    m_watcher.waitForFinished();
}

void SyncController::start(const QUrl &server, const QString &username, const QString &password,
                           int intervalSeconds)
{
    m_server = server;
    m_username = username;
    m_password = password;
    m_timer.start(intervalSeconds * 1000);
    m_listener.start(server, m_caFile, username, password);
}

void SyncController::stop()
{
    m_timer.stop();
    m_listener.stop();
    m_roundAgain = false;
    m_watcher.waitForFinished();
    m_password.fill(QLatin1Char(' '));
    m_password.clear();
    m_username.clear();
    m_server = QUrl();
}

void SyncController::syncNow()
{
    if (!isConfigured() || isRunning())
        return;
    emit syncStarted();
    const QUrl server = m_server;
    const QString username = m_username;
    const QString password = m_password;
    const QString caFile = m_caFile;
    Store *store = &m_store;
    m_watcher.setFuture(QtConcurrent::run([store, server, username, password, caFile] {
        SyncEngine engine(*store, server, username, password);
        engine.caFile = caFile;
        return engine.syncOnce();
    }));
}

} // namespace bd
