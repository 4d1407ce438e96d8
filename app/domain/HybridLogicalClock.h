#pragma once

#include <QString>

#include <cstdint>
#include <functional>

namespace bd {

// A hybrid logical clock (Kulkarni et al.): wall time in ms plus a counter, so that the
// order of changes survives clock skew between workstations. Stamps sort as text.
struct HlcStamp
{
    std::int64_t millis = 0;
    std::uint32_t counter = 0;
    QString node;

    QString toString() const; // "0001732345678901-00000-node"
    static HlcStamp fromString(const QString &text);
    bool operator<(const HlcStamp &other) const;
};

class HybridLogicalClock
{
public:
    using WallClock = std::function<std::int64_t()>;
    explicit HybridLogicalClock(QString node, WallClock wallClock = {});

    HlcStamp now();                          // for a local change
    HlcStamp observe(const HlcStamp &remote); // on receiving a remote change
    HlcStamp last() const { return m_last; }
    void restore(const HlcStamp &persisted) { m_last = persisted; }

private:
    QString m_node;
    WallClock m_wallClock;
    HlcStamp m_last;
};

} // namespace bd
