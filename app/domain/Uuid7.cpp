#include "app/domain/Uuid7.h"

#include <QDateTime>
#include <QRegularExpression>

namespace bd {

Uuid7Generator::Uuid7Generator()
    : m_random(QRandomGenerator::securelySeeded())
{
}

Uuid7Generator::Uuid7Generator(quint64 seed)
    : m_random(quint32(seed ^ (seed >> 32)))
{
}

QString Uuid7Generator::next()
{
    return nextAt(QDateTime::currentMSecsSinceEpoch());
}

QString Uuid7Generator::nextAt(std::int64_t unixMillis)
{
    // rand_a holds a counter so ids made within one millisecond still sort in order.
    if (unixMillis <= m_lastMillis) {
        unixMillis = m_lastMillis;
        if (++m_counter > 0x0FFF) {
            ++unixMillis;
            m_counter = 0;
        }
    } else {
        m_counter = quint16(m_random.bounded(0x0400));
    }
    m_lastMillis = unixMillis;

    const quint64 high = (quint64(unixMillis) << 16) | 0x7000u | m_counter;
    const quint64 low = (m_random.generate64() & 0x3FFFFFFFFFFFFFFFull) | 0x8000000000000000ull;

    static const char digits[] = "0123456789abcdef";
    char out[36];
    int pos = 0;
    auto put = [&](quint64 value, int nibbles) {
        for (int i = nibbles - 1; i >= 0; --i)
            out[pos++] = digits[(value >> (i * 4)) & 0xF];
    };
    put(high >> 32, 8);
    out[pos++] = '-';
    put((high >> 16) & 0xFFFF, 4);
    out[pos++] = '-';
    put(high & 0xFFFF, 4);
    out[pos++] = '-';
    put(low >> 48, 4);
    out[pos++] = '-';
    put(low & 0xFFFFFFFFFFFFull, 12);
    return QString::fromLatin1(out, 36);
}

QString Uuid7Generator::generate()
{
    thread_local Uuid7Generator generator;
    return generator.next();
}

bool Uuid7Generator::isValid(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(
            "^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    return pattern.match(text).hasMatch();
}

} // namespace bd
