#pragma once

#include <QObject>
#include <QTimer>

class QAbstractHttpServer;
class QSocketNotifier;

namespace bd {

// A graceful stop on SIGTERM (and SIGINT), for rolling restarts behind a balancer: the
// process first says it is no longer ready (/health/ready answers 503, so HAProxy stops
// sending it new requests), then after `drainMs` stops accepting connections, finishes
// every request it has started and quits once no request came for a moment (at most
// `graceMs` later). A request is answered in one turn of the event loop, or on a lane
// (ServerLane) that it waits for, so one that is in flight when the signal arrives is
// answered.
class ServerShutdown : public QObject
{
    Q_OBJECT

public:
    ServerShutdown(QAbstractHttpServer &server, int drainMs, int graceMs = 10000);
    ~ServerShutdown() override;

    static bool isDraining();

private:
    void begin();
    void stopListening();
    void quitWhenIdle();

    QAbstractHttpServer &m_server;
    int m_drainMs;
    int m_graceMs;
    QSocketNotifier *m_notifier = nullptr;
    QTimer m_idle;
    quint64 m_answered = 0;
    int m_quietTicks = 0;
    int m_ticks = 0;
};

} // namespace bd
