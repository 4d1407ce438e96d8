#pragma once

#include <QString>

namespace bd::RiskRating {
// A product's risk rating R1..R5 (产品风险等级) and a customer's assessed risk level C1..C5
// (风险承受能力): a product may be recommended or sold to a customer whose level is at least
// the product's rating.
constexpr int kLowest = 1;
constexpr int kHighest = 5;

QString productCode(int rating);    // "R3"
QString productLabel(int rating);   // translated: "R3 medium risk"
QString customerCode(int level);    // "C3"
QString customerLabel(int level);   // translated: "C3 Balanced"
// "R3", "r3" or "3"; 0 when it is none of R1..R5.
int productFromText(const QString &text);
} // namespace bd::RiskRating
