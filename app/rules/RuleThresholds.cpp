#include "app/rules/RuleThresholds.h"

#include "app/rules/RuleFields.h"
#include "app/rules/RuleFile.h"

#include <QJsonDocument>

#include <functional>

namespace bd {

namespace {
// Every number of the conditions under `node`, with a setter, in document order.
void walk(SegmentNode &node, const QString &path,
          const std::function<void(SegmentNode &, const QString &, int index)> &visit)
{
    for (size_t i = 0; i < node.children.size(); ++i) {
        SegmentNode &child = node.children[i];
        const QString at = QStringLiteral("%1.conditions[%2]").arg(path).arg(i);
        if (child.isGroup()) {
            walk(child, at, visit);
            continue;
        }
        const SegmentField *field = RuleFields::find(child.field);
        if (!field || (field->kind != SegmentValueKind::Money && field->kind != SegmentValueKind::Integer))
            continue;
        if (child.op == SegmentOperator::Between) {
            visit(child, at + QStringLiteral(".value[0]"), 0);
            visit(child, at + QStringLiteral(".value[1]"), 1);
        } else {
            visit(child, at + QStringLiteral(".value"), 0);
        }
        if (field->needsDays)
            visit(child, at + QStringLiteral(".days"), -1);
    }
}
} // namespace

QString RuleThreshold::label() const
{
    if (field == QLatin1String("dedup_days"))
        return RuleThresholds::tr("Quiet days after firing");
    if (field == QLatin1String("contact_within_hours"))
        return RuleThresholds::tr("Contact within (hours)");
    if (path.endsWith(QLatin1String(".days")))
        return RuleThresholds::tr("Window (days)");
    const SegmentField *known = RuleFields::find(field);
    const QString name = known ? RuleFields::label(*known) : field;
    return QStringLiteral("%1 %2").arg(name, SegmentFields::operatorLabel(op));
}

QList<RuleThreshold> RuleThresholds::of(const MarketingRule &rule)
{
    QList<RuleThreshold> numbers;
    MarketingRule copy = rule;
    if (copy.when) {
        walk(*copy.when, QStringLiteral("when"), [&](SegmentNode &node, const QString &at, int index) {
            const SegmentField *field = RuleFields::find(node.field);
            RuleThreshold threshold;
            threshold.path = at;
            threshold.field = node.field;
            threshold.op = node.op;
            if (index < 0) {
                threshold.value = node.days;
                threshold.minimum = 1;
                threshold.maximum = SegmentFields::kMaxDays;
            } else {
                threshold.value = node.values.value(index).toLongLong();
                threshold.money = field->kind == SegmentValueKind::Money;
                threshold.minimum = field->minimum;
                threshold.maximum = field->maximum;
            }
            numbers << threshold;
        });
    }
    numbers << RuleThreshold{QStringLiteral("dedup_days"), QStringLiteral("dedup_days"),
                             SegmentOperator::Equal, rule.dedupDays, false, 0, RuleFile::kMaxDedupDays};
    numbers << RuleThreshold{QStringLiteral("opportunity.contact_within_hours"),
                             QStringLiteral("contact_within_hours"), SegmentOperator::Equal,
                             rule.opportunity.contactWithinHours, false, 1,
                             RuleFile::kMaxContactHours};
    return numbers;
}

Result<MarketingRule> RuleThresholds::withValue(const MarketingRule &rule, const QString &path,
                                                qint64 value)
{
    MarketingRule changed = rule;
    bool found = false;
    if (path == QLatin1String("dedup_days")) {
        changed.dedupDays = int(value);
        found = true;
    } else if (path == QLatin1String("opportunity.contact_within_hours")) {
        changed.opportunity.contactWithinHours = int(value);
        found = true;
    } else if (changed.when) {
        walk(*changed.when, QStringLiteral("when"), [&](SegmentNode &node, const QString &at, int index) {
            if (at != path)
                return;
            found = true;
            if (index < 0)
                node.days = int(value);
            else
                node.values[index] = value;
        });
    }
    if (!found)
        return Error(tr("Rule %1 has no number at %2.").arg(rule.id, path));
    changed.version = rule.version + 1;
    // Checked as a whole, as a file would be: a value out of range is refused here.
    const RuleFile::ParsedRule checked
            = RuleFile::parseRule(QJsonDocument(changed.toJson()).toJson(QJsonDocument::Compact));
    if (!checked.rule)
        return Error(RuleFile::describe(checked.problems));
    return *checked.rule;
}

} // namespace bd
