#include "app/services/kyc/KycRuleEngine.h"

#include "app/domain/DomainTerms.h"
#include "app/services/kyc/KycAnswerValue.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace bd {

QString RiskProfile::label() const
{
    return isKnown() ? DomainTerms::label(Vocabulary::RiskLevel, QString::number(level))
                     : QCoreApplication::translate("RiskProfile", "Not determined");
}

KycRuleEngine::KycRuleEngine(const KycQuestionBank &bank)
    : m_bank(bank)
{
}

QList<KycDerivedTag> KycRuleEngine::tagsFor(const KycQuestion &question,
                                            const QJsonObject &value) const
{
    QList<KycDerivedTag> tags;
    if (!KycAnswerValue::isValid(question, value))
        return tags;
    const QStringList chosen = KycAnswerValue::codes(value);
    const std::optional<qint64> fen = KycAnswerValue::amountFen(value);
    for (const KycTagRule &rule : question.tags) {
        if (rule.when != QLatin1String("*") && !chosen.contains(rule.when))
            continue;
        if (rule.minFen && (!fen || *fen < *rule.minFen))
            continue;
        if (rule.maxFen && (!fen || *fen > *rule.maxFen))
            continue;
        tags.append({rule.dimension, rule.category, rule.value, rule.confidence, question.id});
    }
    return tags;
}

RiskProfile KycRuleEngine::riskProfile(const QHash<QString, QJsonObject> &answers) const
{
    RiskProfile profile;
    int weights = 0;
    int weighted = 0;
    for (const KycQuestion *question : m_bank.questions()) {
        if (question->riskWeight <= 0 || !answers.contains(question->id))
            continue;
        const QJsonObject &value = answers.value(question->id);
        if (!KycAnswerValue::isValid(*question, value))
            continue;
        const QString code = KycAnswerValue::codes(value).value(0);
        const KycOption *option = question->option(code);
        if (!option || !option->risk)
            continue; // e.g. "never had a loss" says nothing about risk
        profile.drivers.append({question->id, code, *option->risk, question->riskWeight});
        weights += question->riskWeight;
        weighted += *option->risk * question->riskWeight;
    }
    std::stable_sort(profile.drivers.begin(), profile.drivers.end(),
                     [](const RiskDriver &a, const RiskDriver &b) {
                         if (a.weight != b.weight)
                             return a.weight > b.weight;
                         return std::abs(a.score - 3) > std::abs(b.score - 3);
                     });
    if (profile.drivers.size() < RiskProfile::kMinimumAnswers || weights == 0)
        return profile;
    profile.score = double(weighted) / weights;
    profile.level = std::clamp(int(std::floor(profile.score + 0.5)), 1, 5);
    return profile;
}

KycOutcome KycRuleEngine::evaluate(const QHash<QString, QJsonObject> &answers) const
{
    KycOutcome outcome;
    for (const KycQuestion *question : m_bank.questions()) {
        if (!answers.contains(question->id))
            continue;
        const QJsonObject &value = answers.value(question->id);
        if (!KycAnswerValue::isValid(*question, value))
            continue;
        for (const KycDerivedTag &tag : tagsFor(*question, value)) {
            auto same = std::find_if(outcome.tags.begin(), outcome.tags.end(),
                                     [&](const KycDerivedTag &known) {
                                         return known.dimension == tag.dimension
                                                 && known.category == tag.category
                                                 && known.value == tag.value;
                                     });
            if (same == outcome.tags.end())
                outcome.tags.append(tag);
            else if (tag.confidence > same->confidence)
                *same = tag;
        }
        if (question->type == KycAnswerType::FundArrival)
            outcome.arrivals.append({question->id, question->arrivalSource,
                                     KycAnswerValue::day(value),
                                     Money::fromFen(KycAnswerValue::amountFen(value).value_or(0))});
    }
    outcome.risk = riskProfile(answers);
    return outcome;
}

} // namespace bd
