#include "database/segments/HouseholdSegmentSql.h"

#include "app/domain/CustomerTier.h"

namespace bd::HouseholdSegmentSql {

namespace {
// The customer's household, if it is one: its live members (the customer among them).
const char kMembers[] = "FROM household_member me "
                        "JOIN household h ON h.id = me.household_id AND h.deleted = 0 "
                        "JOIN household_member hm ON hm.household_id = me.household_id "
                        "AND hm.deleted = 0 "
                        "JOIN customer hc ON hc.id = hm.customer_id AND hc.deleted = 0 "
                        "WHERE me.id = c.id AND me.deleted = 0";

QString aum()
{
    return QStringLiteral("coalesce((SELECT sum(hc.aum_fen) %1), c.aum_fen)").arg(QLatin1String(kMembers));
}

// One scalar subquery over the household AUM `a`, so the sum is taken once per customer.
QString overAum(const QString &expression)
{
    return QStringLiteral("(SELECT %1 FROM (SELECT %2 AS a))").arg(expression, aum());
}

const CustomerTier kTiers[] = {CustomerTier::Silver, CustomerTier::Gold, CustomerTier::Platinum,
                               CustomerTier::Diamond};
} // namespace

bool handles(const QString &field)
{
    return field.startsWith(QLatin1String("household_"));
}

QString condition(const SegmentNode &node, const Bind &bind, const Compare &compare,
                  const InList &inList)
{
    const QString &field = node.field;
    if (field == QLatin1String("household_aum"))
        return compare(aum());
    if (field == QLatin1String("household_members"))
        return compare(QStringLiteral("max(1, (SELECT count(*) %1))").arg(QLatin1String(kMembers)));
    if (field == QLatin1String("household_head"))
        return QStringLiteral("%1EXISTS (SELECT 1 FROM household_member me JOIN household h "
                              "ON h.id = me.household_id AND h.deleted = 0 WHERE me.id = c.id "
                              "AND me.deleted = 0 AND me.relation = 'head')")
                .arg(node.values.value(0).toBool() ? QString() : QStringLiteral("NOT "));
    if (field == QLatin1String("household_tier")) {
        // Highest threshold first: the tier is the first one the AUM reaches.
        QString cases;
        for (auto it = std::rbegin(kTiers); it != std::rend(kTiers); ++it)
            cases += QStringLiteral("WHEN a >= %1 THEN '%2' ")
                             .arg(bind(qint64(Tiers::threshold(*it).fen())), Tiers::code(*it));
        return inList(overAum(QStringLiteral("CASE %1ELSE 'ordinary' END").arg(cases)));
    }
    if (field == QLatin1String("household_gap")) {
        // Lowest threshold first: the gap is to the first one not reached yet.
        QString cases;
        for (const CustomerTier tier : kTiers) {
            const QString threshold = bind(qint64(Tiers::threshold(tier).fen()));
            cases += QStringLiteral("WHEN a < %1 THEN %2 - a ").arg(threshold, bind(qint64(Tiers::threshold(tier).fen())));
        }
        return compare(overAum(QStringLiteral("CASE %1END").arg(cases)));
    }
    return {};
}

} // namespace bd::HouseholdSegmentSql
