#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace bd {

// Why an opportunity was made, in the reader's language, from the facts the rule engine
// kept (RuleOutcome::facts, stored as opportunity.reason_json): "¥80,000.00 out through
// mobile banking, 32% of AUM".
class OpportunityReason
{
    Q_DECLARE_TR_FUNCTIONS(OpportunityReason)

public:
    static QString text(const QJsonObject &facts);
    static QString text(const QByteArray &factsJson);
};

} // namespace bd
