#include "app/rules/CustomerScope.h"

#include "app/domain/CustomerTier.h"

namespace bd::CustomerScope {

namespace {
int tierRank(const QString &code)
{
    return int(Tiers::fromCode(code));
}

bool condition(const SegmentNode &node, const CustomerProfile &c, const QDate &today)
{
    const QString &f = node.field;
    const qint64 first = node.values.value(0).toLongLong();
    if (f == QLatin1String("age")) {
        const int age = c.ageOn(today);
        return age >= 0 && compare(age, node.op, node.values);
    }
    if (f == QLatin1String("gender"))
        return c.gender.isEmpty() ? node.op == SegmentOperator::NotIn
                                  : inSet(c.gender, node.op, node.values);
    if (f == QLatin1String("industry"))
        return inSet(c.industry, node.op, node.values);
    if (f == QLatin1String("locality"))
        return inSet(c.locality, node.op, node.values);
    if (f == QLatin1String("risk_level"))
        return c.riskLevel > 0 && compare(c.riskLevel, node.op, node.values);
    if (f == QLatin1String("lifecycle_stage"))
        return inSet(c.lifecycleStage.code(), node.op, node.values);
    if (f == QLatin1String("customer_since"))
        return c.openedOn.isValid() && c.openedOn >= today.addDays(-first);
    if (f == QLatin1String("tier"))
        return inSet(c.tier, node.op, node.values);
    if (f == QLatin1String("aum"))
        return compare(c.aum.fen(), node.op, node.values);
    if (f == QLatin1String("tier_gap")) {
        const CustomerTier tier = Tiers::fromCode(c.tier);
        if (tier == CustomerTier::Diamond)
            return false;
        const Money next = Tiers::threshold(CustomerTier(int(tier) + 1));
        return compare((next - c.aum).fen(), node.op, node.values);
    }
    if (f == QLatin1String("downgraded"))
        return !c.previousTier.isEmpty() && tierRank(c.previousTier) > tierRank(c.tier)
                && c.tierChangedOn.isValid() && c.tierChangedOn >= today.addDays(-first);
    if (f == QLatin1String("manager"))
        return inSet(c.managerId.toString(), node.op, node.values);
    if (f == QLatin1String("assignment_mode"))
        return inSet(c.assignmentMode, node.op, node.values);
    if (f == QLatin1String("marketing_consent"))
        return c.marketingConsent == node.values.value(0).toBool();
    if (f == QLatin1String("do_not_contact"))
        return c.doNotContact == node.values.value(0).toBool();
    return false; // a field RuleFile refuses
}
} // namespace

const QStringList &supportedFields()
{
    static const QStringList fields = {
            QStringLiteral("age"),          QStringLiteral("gender"),
            QStringLiteral("industry"),     QStringLiteral("locality"),
            QStringLiteral("risk_level"),   QStringLiteral("lifecycle_stage"),
            QStringLiteral("customer_since"), QStringLiteral("tier"),
            QStringLiteral("aum"),          QStringLiteral("tier_gap"),
            QStringLiteral("downgraded"),   QStringLiteral("manager"),
            QStringLiteral("assignment_mode"), QStringLiteral("marketing_consent"),
            QStringLiteral("do_not_contact")};
    return fields;
}

bool compare(qint64 value, SegmentOperator op, const QVariantList &values)
{
    const qint64 a = values.value(0).toLongLong();
    switch (op) {
    case SegmentOperator::Equal: return value == a;
    case SegmentOperator::NotEqual: return value != a;
    case SegmentOperator::Less: return value < a;
    case SegmentOperator::LessOrEqual: return value <= a;
    case SegmentOperator::Greater: return value > a;
    case SegmentOperator::GreaterOrEqual: return value >= a;
    case SegmentOperator::Between: return value >= a && value <= values.value(1).toLongLong();
    default: return false;
    }
}

bool inSet(const QString &value, SegmentOperator op, const QVariantList &values)
{
    const bool found = values.contains(QVariant(value));
    return op == SegmentOperator::NotIn ? !found : found;
}

bool matches(const SegmentNode &node, const CustomerProfile &customer, const QDate &today)
{
    if (!node.isGroup())
        return condition(node, customer, today);
    for (const SegmentNode &child : node.children) {
        const bool match = matches(child, customer, today);
        if (node.matchAll && !match)
            return false;
        if (!node.matchAll && match)
            return true;
    }
    return node.matchAll;
}

} // namespace bd::CustomerScope
