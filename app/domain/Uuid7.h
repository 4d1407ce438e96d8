#pragma once

#include <QRandomGenerator>
#include <QString>

#include <cstdint>

namespace bd {

// Time-ordered UUIDs (RFC 9562 version 7) as lowercase text: rows made offline on any
// workstation never collide and still sort by creation time.
class Uuid7Generator
{
public:
    // Random seeded from the system; time from the wall clock.
    Uuid7Generator();
    // Deterministic: for demo data and tests (same seed + same times = same ids).
    explicit Uuid7Generator(quint64 seed);

    QString next();
    QString nextAt(std::int64_t unixMillis);

    // A generator per thread, for ordinary writes.
    static QString generate();
    static bool isValid(const QString &text);

private:
    QRandomGenerator m_random;
    std::int64_t m_lastMillis = 0;
    quint16 m_counter = 0;
};

} // namespace bd
