#include "ui/opportunities/RuleEditorModels.h"

#include "app/domain/Money.h"

#include <QLocale>

namespace bd {

QStringList MarketingRuleModel::headers() const
{
    return {tr("Rule"), tr("Switched"), tr("Version")};
}

QVariant MarketingRuleModel::cell(const MarketingRule &row, int column, int role) const
{
    if (role == Qt::ToolTipRole && column == 0)
        return row.id;
    if (role == Qt::TextAlignmentRole && column == 2)
        return numberAlignment();
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case 0: return row.title.isEmpty() ? row.id : row.title.current();
    case 1: return row.enabled ? tr("On") : tr("Off");
    case 2: return QLocale().toString(row.version);
    default: return {};
    }
}

QString RuleThresholdModel::valueText(const RuleThreshold &threshold)
{
    return threshold.money ? Money::fromFen(threshold.value).toDisplayString()
                           : QLocale().toString(threshold.value);
}

QStringList RuleThresholdModel::headers() const
{
    return {tr("Threshold"), tr("Value"), tr("Allowed")};
}

QVariant RuleThresholdModel::cell(const RuleThreshold &row, int column, int role) const
{
    if (role == Qt::ToolTipRole)
        return row.path;
    if (role == Qt::TextAlignmentRole && column == 1)
        return numberAlignment();
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case 0: return row.label();
    case 1: return valueText(row);
    case 2: {
        RuleThreshold low = row, high = row;
        low.value = row.minimum;
        high.value = row.maximum;
        return row.maximum > row.minimum
                ? tr("%1 to %2").arg(valueText(low), valueText(high))
                : QString();
    }
    default: return {};
    }
}

} // namespace bd
