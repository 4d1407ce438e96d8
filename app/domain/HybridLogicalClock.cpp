#include "app/domain/HybridLogicalClock.h"

#include <QDateTime>
#include <QStringList>

#include <algorithm>

namespace bd {

QString HlcStamp::toString() const
{
    return QStringLiteral("%1-%2-%3")
            .arg(millis, 16, 10, QLatin1Char('0'))
            .arg(counter, 5, 10, QLatin1Char('0'))
            .arg(node);
}

HlcStamp HlcStamp::fromString(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('-'));
    if (parts.size() < 3)
        return {};
    HlcStamp stamp;
    stamp.millis = parts.at(0).toLongLong();
    stamp.counter = parts.at(1).toUInt();
    stamp.node = parts.mid(2).join(QLatin1Char('-'));
    return stamp;
}

bool HlcStamp::operator<(const HlcStamp &other) const
{
    if (millis != other.millis)
        return millis < other.millis;
    if (counter != other.counter)
        return counter < other.counter;
    return node < other.node; // node id breaks ties deterministically
}

HybridLogicalClock::HybridLogicalClock(QString node, WallClock wallClock)
    : m_node(std::move(node))
    , m_wallClock(wallClock ? std::move(wallClock) : WallClock([] {
        return QDateTime::currentMSecsSinceEpoch();
    }))
{
    m_last.node = m_node;
}

HlcStamp HybridLogicalClock::now()
{
    const std::int64_t wall = m_wallClock();
    if (wall > m_last.millis) {
        m_last.millis = wall;
        m_last.counter = 0;
    } else {
        ++m_last.counter;
    }
    m_last.node = m_node;
    return m_last;
}

HlcStamp HybridLogicalClock::observe(const HlcStamp &remote)
{
    const std::int64_t wall = m_wallClock();
    const std::int64_t top = std::max({wall, m_last.millis, remote.millis});
    if (top == m_last.millis && top == remote.millis)
        m_last.counter = std::max(m_last.counter, remote.counter) + 1;
    else if (top == m_last.millis)
        ++m_last.counter;
    else if (top == remote.millis)
        m_last.counter = remote.counter + 1;
    else
        m_last.counter = 0;
    m_last.millis = top;
    m_last.node = m_node;
    return m_last;
}

} // namespace bd
