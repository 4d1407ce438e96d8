#pragma once

// The main thread's event loop while a worker runs: a ticker every 10 ms notes the longest
// gap between two ticks (what the user would feel as a frozen window) and, every
// `writeEveryMs`, makes one write on this thread and times how long it waited (for the
// worker's current transaction). The care-plan and desk-event benchmarks each had their own
// copy of this loop.
#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <utility>
#include <vector>

namespace bd::bench {

inline double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

class EventLoopWatch
{
public:
    // `write(n)` makes the n-th write (from 0); without one, only the gaps are watched.
    explicit EventLoopWatch(int writeEveryMs = 0, std::function<void(int n)> write = {})
        : m_writeEveryMs(writeEveryMs)
        , m_write(std::move(write))
    {
        m_ticker.setInterval(10);
        QObject::connect(&m_ticker, &QTimer::timeout, [this] { tick(); });
    }

    void start()
    {
        m_sinceTick.start();
        m_sinceWrite.start();
        m_ticker.start();
    }
    void stop() { m_ticker.stop(); }

    double longestGapMs() const { return m_longestGap; }
    const std::vector<double> &writeWaits() const { return m_writeWaits; }

private:
    void tick()
    {
        m_longestGap = std::max(m_longestGap, msSince(m_sinceTick));
        if (m_write && msSince(m_sinceWrite) >= m_writeEveryMs) {
            QElapsedTimer write;
            write.start();
            m_write(int(m_writeWaits.size()));
            m_writeWaits.push_back(msSince(write));
            m_sinceWrite.restart();
        }
        m_sinceTick.restart(); // the write's own wait is reported apart
    }

    int m_writeEveryMs;
    std::function<void(int)> m_write;
    QTimer m_ticker;
    QElapsedTimer m_sinceTick;
    QElapsedTimer m_sinceWrite;
    double m_longestGap = 0;
    std::vector<double> m_writeWaits;
};

} // namespace bd::bench
