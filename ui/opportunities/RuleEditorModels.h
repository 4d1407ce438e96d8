#pragma once

#include "app/rules/MarketingRule.h"
#include "app/rules/RuleThresholds.h"
#include "ui/common/RowTableModel.h"

#include <QCoreApplication>

namespace bd {

// The branch's event rules in the rule editor: title, on or off, version, event.
class MarketingRuleModel : public RowTableModel<MarketingRule>
{
    Q_DECLARE_TR_FUNCTIONS(MarketingRuleModel)

public:
    using RowTableModel::RowTableModel;

protected:
    QStringList headers() const override;
    QVariant cell(const MarketingRule &row, int column, int role) const override;
};

// The numbers of one rule the branch head may change (RuleThresholds).
class RuleThresholdModel : public RowTableModel<RuleThreshold>
{
    Q_DECLARE_TR_FUNCTIONS(RuleThresholdModel)

public:
    using RowTableModel::RowTableModel;
    static QString valueText(const RuleThreshold &threshold);

protected:
    QStringList headers() const override;
    QVariant cell(const RuleThreshold &row, int column, int role) const override;
};

} // namespace bd
