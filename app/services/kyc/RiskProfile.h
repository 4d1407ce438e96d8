#pragma once

#include <QList>
#include <QString>

namespace bd {

// One answer that drove the risk profile: its option's score and the question's weight.
struct RiskDriver
{
    QString questionId;
    QString optionCode;
    int score = 0;  // 1..5
    int weight = 0; // the question's risk_weight
};

// The five-level risk profile (DomainTerms RiskLevel "1" 保守型 .. "5" 进取型): the
// weighted mean of the scored answers, rounded; unknown (0) with fewer than
// kMinimumAnswers scored answers.
struct RiskProfile
{
    static constexpr int kMinimumAnswers = 2;

    int level = 0;
    double score = 0.0;
    QList<RiskDriver> drivers; // strongest first (weight, then distance from the middle)

    bool isKnown() const { return level >= 1 && level <= 5; }
    QString label() const; // translated level name; "Not determined" if unknown
};

} // namespace bd
