// ServerDatabase's watch on its connection: the database may go away (a restart, the
// primary's machine lost) or move (a standby promoted). The server then answers 503 with
// Retry-After and connects again when the database is back: no restart, no half-done push
// (a push's transaction dies with the connection and the workstation sends it again).
#include "app/server/ServerDatabase.h"

#include "app/server/ServerLog.h"
#include "app/server/ServerMetrics.h"
#include "app/server/ServerSqlDialect.h"
#include "app/server/ServerStatement.h"

#include <QJsonObject>

namespace bd {

bool ServerDatabase::reachable()
{
    if (!m_dialect)
        return false;
    if (!m_lost && connection().isOpen()
        && ServerStatement::exec(connection(), QStringLiteral("SELECT 1"))) {
        ServerMetrics::databaseReachable(true);
        return true;
    }
    if (!m_lost)
        ServerLog::event(ServerLog::Level::Warning, QStringLiteral("database_lost"));
    m_lost = true;
    ServerMetrics::databaseReachable(false);
    return reconnect();
}

bool ServerDatabase::connectionHeld()
{
    const bool lostBefore = m_lost;
    const int reconnects = m_reconnects;
    return reachable() && !lostBefore && m_reconnects == reconnects;
}

bool ServerDatabase::reconnect()
{
    if (!m_clock.isValid())
        m_clock.start();
    // Every request of a busy server would otherwise wait for its own connection attempt.
    if (m_clock.elapsed() - m_lastReconnectMs < kReconnectIntervalMs)
        return false;
    m_lastReconnectMs = m_clock.elapsed();
    QSqlDatabase db = connection();
    const Result<> opened = m_dialect->reopen(db);
    ServerMetrics::databaseReconnect(opened.ok());
    if (!opened)
        return false;
    m_lost = false;
    ++m_reconnects;
    ServerMetrics::databaseReachable(true);
    ServerLog::event(ServerLog::Level::Warning, QStringLiteral("database_reconnected"));
    return true;
}

} // namespace bd
