#pragma once

#include <QLocale>
#include <QString>

#include <compare>
#include <cstdint>
#include <optional>

namespace bd {

// An amount of renminbi in integer fen (分). Never a double: sums must balance to the fen.
class Money
{
public:
    constexpr Money() = default;
    static constexpr Money fromFen(std::int64_t fen) { return Money(fen); }
    static constexpr Money fromYuan(std::int64_t yuan) { return Money(yuan * 100); }

    constexpr std::int64_t fen() const { return m_fen; }
    constexpr std::int64_t wholeYuan() const { return m_fen / 100; }
    constexpr bool isNegative() const { return m_fen < 0; }

    constexpr Money operator+(Money other) const { return Money(m_fen + other.m_fen); }
    constexpr Money operator-(Money other) const { return Money(m_fen - other.m_fen); }
    constexpr Money &operator+=(Money other)
    {
        m_fen += other.m_fen;
        return *this;
    }
    constexpr auto operator<=>(const Money &) const = default;

    // "12,345.67" in the C locale; the UI uses toDisplayString().
    QString toPlainString() const;
    // Locale-aware: "¥12,345.67" (en) / "¥12,345.67" (zh_CN); large sums as 万 in Chinese.
    QString toDisplayString(const QLocale &locale = QLocale()) const;

    // Parses what staff type: "12345.6", "12,345.67", "¥1,000", "5万", "5.5万元", "3000 元",
    // in either locale's separators. At most two decimals; no silent rounding.
    static std::optional<Money> parse(const QString &text, const QLocale &locale = QLocale());

private:
    constexpr explicit Money(std::int64_t fen) : m_fen(fen) {}
    std::int64_t m_fen = 0;
};

} // namespace bd
