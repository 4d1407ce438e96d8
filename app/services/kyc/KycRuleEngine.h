#pragma once

#include "app/domain/Money.h"
#include "app/services/kyc/KycQuestionBank.h"
#include "app/services/kyc/RiskProfile.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>

namespace bd {

struct KycDerivedTag
{
    QString dimension;
    QString category;
    QString value;
    int confidence = 0;
    QString questionId; // the answer that gave it (the strongest, if several)

    bool operator==(const KycDerivedTag &other) const = default;
};

struct KycFundArrival
{
    QString questionId;
    QString source; // FundArrivalSource code
    QDate expectedOn;
    Money amount; // zero when the answer gave none
};

struct KycOutcome
{
    QList<KycDerivedTag> tags; // one per (dimension, category, value), highest confidence
    RiskProfile risk;
    QList<KycFundArrival> arrivals;
};

// Pure rules: answers (question id -> value) to tags, the risk profile and fund arrivals,
// as the bank defines them. No database; the same answers always give the same outcome.
class KycRuleEngine
{
public:
    explicit KycRuleEngine(const KycQuestionBank &bank);

    KycOutcome evaluate(const QHash<QString, QJsonObject> &answers) const;
    QList<KycDerivedTag> tagsFor(const KycQuestion &question, const QJsonObject &value) const;
    RiskProfile riskProfile(const QHash<QString, QJsonObject> &answers) const;

private:
    const KycQuestionBank &m_bank;
};

} // namespace bd
