#pragma once

#include "app/domain/Result.h"
#include "app/rules/MarketingRule.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace bd {

// A number of a rule the branch head may change from the workstation (an amount, a share
// of AUM, a count or a window, the de-duplication days, the hours to the contact), by its
// place in the rule ("when.conditions[1].conditions[0].value").
struct RuleThreshold
{
    QString path;
    QString field; // the condition's field, or dedup_days / contact_within_hours
    SegmentOperator op = SegmentOperator::GreaterOrEqual;
    qint64 value = 0;
    bool money = false;
    qint64 minimum = 0;
    qint64 maximum = 0;

    QString label() const; // translated: "Amount at least", "Window (days)" ...
};

class RuleThresholds
{
    Q_DECLARE_TR_FUNCTIONS(RuleThresholds)

public:
    static QList<RuleThreshold> of(const MarketingRule &rule);
    // The rule with the number at `path` set to `value`, its version one higher, checked
    // again as a whole; the error says why not.
    static Result<MarketingRule> withValue(const MarketingRule &rule, const QString &path,
                                           qint64 value);
};

} // namespace bd
