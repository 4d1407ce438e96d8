#include "app/server/ServerShutdown.h"

#include "app/server/ServerLane.h"
#include "app/server/ServerLog.h"
#include "app/server/ServerMetrics.h"

#include <QAbstractHttpServer>
#include <QCoreApplication>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QTcpServer>

#include <atomic>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace bd {

namespace {
std::atomic<bool> g_draining { false };
int g_signalPipe[2] = { -1, -1 };
constexpr int kTickMs = 100;
constexpr int kQuietTicksToQuit = 3;

// Only async-signal-safe work here: the event loop picks the byte up.
void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_signalPipe[1], &byte, 1);
}
} // namespace

ServerShutdown::ServerShutdown(QAbstractHttpServer &server, int drainMs, int graceMs)
    : m_server(server)
    , m_drainMs(drainMs)
    , m_graceMs(graceMs)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    m_notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        char byte = 0;
        [[maybe_unused]] const ssize_t read = ::read(g_signalPipe[0], &byte, 1);
        begin();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
    m_idle.setInterval(kTickMs);
    connect(&m_idle, &QTimer::timeout, this, &ServerShutdown::quitWhenIdle);
}

ServerShutdown::~ServerShutdown()
{
    ::signal(SIGTERM, SIG_DFL);
    ::signal(SIGINT, SIG_DFL);
}

bool ServerShutdown::isDraining()
{
    return g_draining;
}

void ServerShutdown::begin()
{
    if (g_draining.exchange(true)) {
        // A second signal: stop now.
        QCoreApplication::quit();
        return;
    }
    ServerMetrics::draining(true);
    ServerLog::event(ServerLog::Level::Info, QStringLiteral("draining"),
                     { { QStringLiteral("drain_ms"), m_drainMs } });
    QTimer::singleShot(m_drainMs, this, &ServerShutdown::stopListening);
}

void ServerShutdown::stopListening()
{
    const QList<QTcpServer *> listeners = m_server.servers();
    for (QTcpServer *listener : listeners)
        listener->close();
    m_answered = ServerMetrics::answered();
    m_idle.start();
}

void ServerShutdown::quitWhenIdle()
{
    // Requests still come on connections opened before (a balancer keeps them alive):
    // they are answered; the process ends once a few ticks pass without one.
    ++m_ticks;
    const quint64 answered = ServerMetrics::answered();
    m_quietTicks = answered == m_answered ? m_quietTicks + 1 : 0;
    m_answered = answered;
    // A push or pull still on its lane is answered first.
    const bool busy = m_quietTicks < kQuietTicksToQuit || ServerLane::inFlight() > 0;
    if (busy && m_ticks * kTickMs < m_graceMs)
        return;
    m_idle.stop();
    ServerLog::event(ServerLog::Level::Info, QStringLiteral("stopped"),
                     { { QStringLiteral("answered"), double(answered) } });
    QCoreApplication::quit();
}

} // namespace bd
