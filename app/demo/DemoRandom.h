#pragma once

#include <cmath>
#include <cstdint>
#include <span>

namespace bd::demo {

// The demo branch's only source of chance: xoshiro256** seeded through splitmix64. It is
// ours (not std::*_distribution, whose results differ between standard libraries), so a
// seed gives the same branch on every build.
class DemoRandom
{
public:
    explicit DemoRandom(std::uint64_t seed)
    {
        for (std::uint64_t &word : m_state) {
            seed += 0x9E3779B97F4A7C15ull;
            std::uint64_t z = seed;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
            word = z ^ (z >> 31);
        }
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
        const std::uint64_t t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // 0 <= result < bound (bound > 0); the modulo bias is far below anything visible.
    std::int64_t below(std::int64_t bound) { return std::int64_t(next() % std::uint64_t(bound)); }
    std::int64_t between(std::int64_t low, std::int64_t high) // inclusive; low if empty
    {
        return high <= low ? low : low + below(high - low + 1);
    }
    double unit() { return double(next() >> 11) * 0x1.0p-53; }
    bool chance(double probability) { return unit() < probability; }

    // Standard normal, Box-Muller (one value per call; the spare is dropped for clarity).
    double normal()
    {
        const double u1 = 1.0 - unit();
        const double u2 = unit();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }

    // Index into weights, in proportion to them.
    int weighted(std::span<const int> weights, int total)
    {
        std::int64_t roll = below(total);
        for (int i = 0; i < int(weights.size()); ++i) {
            roll -= weights[i];
            if (roll < 0)
                return i;
        }
        return int(weights.size()) - 1;
    }

    template <typename T, std::size_t N>
    const T &pick(const T (&items)[N])
    {
        return items[below(std::int64_t(N))];
    }

    // An item of a table whose entries carry a `weight`, in proportion to it.
    template <typename T, std::size_t N>
    const T &pickWeighted(const T (&items)[N])
    {
        static const int total = [&] {
            int sum = 0;
            for (const T &item : items)
                sum += item.weight;
            return sum;
        }();
        std::int64_t roll = below(total);
        for (const T &item : items) {
            roll -= item.weight;
            if (roll < 0)
                return item;
        }
        return items[N - 1];
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::uint64_t m_state[4] = {};
};

} // namespace bd::demo
