#include "database/segments/SegmentCompiler.h"

#include "app/domain/CustomerTier.h"
#include "app/domain/WorkStates.h"
#include "database/core/SqlTime.h"
#include "database/segments/HouseholdSegmentSql.h"

#include <algorithm>
#include <iterator>
#include <utility>

namespace bd {

namespace {

using Op = SegmentOperator;

// The bit of each product family in customer.holding_families (migration 0009, whose
// triggers keep it equal to the families of the customer's active holdings).
constexpr std::pair<const char *, qint64> kFamilyBits[] = {
    {"deposit", 1}, {"wealth", 2}, {"fund", 4}, {"insurance", 8},
    {"precious_metal", 16}, {"bond", 32}, {"trust", 64}, {"loan", 128}};
constexpr qint64 kLoanBit = 128;
// Tier order, so a downgrade is "previous tier ranks above the current one".
const char kTierRank[] = "CASE %1 WHEN 'ordinary' THEN 0 WHEN 'silver' THEN 1 WHEN 'gold' THEN 2 "
                         "WHEN 'platinum' THEN 3 WHEN 'diamond' THEN 4 END";

// Separates the ids in customer.tag_list (migration 0015, whose triggers keep it equal to
// the customer's live tags): the list is "\x1fA\x1fB\x1f", '' without tags.
constexpr char16_t kTagSeparator = 0x1f;

class Builder
{
    Q_DECLARE_TR_FUNCTIONS(SegmentCompiler)

public:
    explicit Builder(const QDate &today) : m_today(today) {}

    QVariantList binds;
    QString error;

    bool node(const SegmentNode &node, QString &sql)
    {
        if (!node.isGroup())
            return condition(node, sql);
        if (node.children.empty()) {
            error = tr("A group of the segment is empty.");
            return false;
        }
        // Cheap terms first: SQLite evaluates the terms an index does not answer in the
        // order written, so per-customer subqueries only run for rows that got that far.
        std::vector<const SegmentNode *> ordered;
        for (const SegmentNode &child : node.children)
            ordered.push_back(&child);
        std::stable_sort(ordered.begin(), ordered.end(), [](const SegmentNode *a, const SegmentNode *b) {
            return cost(*a) < cost(*b);
        });
        QStringList parts;
        for (const SegmentNode *child : ordered) {
            QString part;
            if (!this->node(*child, part))
                return false;
            parts << part;
        }
        sql = QLatin1Char('(') + parts.join(node.matchAll ? QStringLiteral(" AND ") : QStringLiteral(" OR "))
                + QLatin1Char(')');
        return true;
    }

private:
    QDate m_today;

    // 0: a customer column (the tag list is one); 2: one index seek per customer;
    // 3: a sum over rows per customer; 4: a nested group.
    static int cost(const SegmentNode &node)
    {
        if (node.isGroup())
            return 4;
        static const QStringList seek{QStringLiteral("holding_maturing"),
                                      QStringLiteral("event"), QStringLiteral("last_contact"),
                                      QStringLiteral("fund_arrival"), QStringLiteral("kyc_expected_return"),
                                      QStringLiteral("kyc_horizon"), QStringLiteral("aum_change")};
        static const QStringList sum{QStringLiteral("holding_amount"),
                                     QStringLiteral("outflow"), QStringLiteral("inflow")};
        if (seek.contains(node.field))
            return 2;
        if (HouseholdSegmentSql::handles(node.field))
            return 3; // a sum over the household's members
        return sum.contains(node.field) ? 3 : 0;
    }

    QString placeholders(const QVariantList &values)
    {
        QStringList marks;
        for (const QVariant &value : values) {
            binds << value;
            marks << QStringLiteral("?");
        }
        return marks.join(QStringLiteral(", "));
    }

    QString bind(const QVariant &value)
    {
        binds << value;
        return QStringLiteral("?");
    }

    QString activeHolding() // the status bound from WorkStates: call it in text order
    {
        return QStringLiteral("h.customer_id = c.id AND h.deleted = 0 AND h.status = %1")
                .arg(bind(WorkStates::code(HoldingStatus::Active)));
    }

    QString dayBack(int days) { return bind(SqlTime::date(m_today.addDays(-days))); }
    QString momentBack(int days) { return bind(SqlTime::localDayStart(m_today.addDays(-days))); }

    // expr <op> value(s) for the comparison operators.
    QString compare(const QString &expr, const SegmentNode &node)
    {
        const qint64 first = node.values.value(0).toLongLong();
        switch (node.op) {
        case Op::Equal: return QStringLiteral("%1 = %2").arg(expr, bind(first));
        case Op::NotEqual: return QStringLiteral("%1 <> %2").arg(expr, bind(first));
        case Op::Less: return QStringLiteral("%1 < %2").arg(expr, bind(first));
        case Op::LessOrEqual: return QStringLiteral("%1 <= %2").arg(expr, bind(first));
        case Op::Greater: return QStringLiteral("%1 > %2").arg(expr, bind(first));
        case Op::GreaterOrEqual: return QStringLiteral("%1 >= %2").arg(expr, bind(first));
        case Op::Between: {
            const QString low = bind(first);
            return QStringLiteral("%1 BETWEEN %2 AND %3").arg(expr, low, bind(node.values.value(1)));
        }
        default: return {};
        }
    }

    // Ages become a birth-year range, which the customer_segment index answers.
    QString age(const SegmentNode &node)
    {
        const qint64 n = node.values.value(0).toLongLong();
        std::optional<qint64> low, high; // inclusive ages
        bool negate = false;
        switch (node.op) {
        case Op::Equal: low = high = n; break;
        case Op::NotEqual: low = high = n; negate = true; break;
        case Op::Less: high = n - 1; break;
        case Op::LessOrEqual: high = n; break;
        case Op::Greater: low = n + 1; break;
        case Op::GreaterOrEqual: low = n; break;
        case Op::Between: low = n; high = node.values.value(1).toLongLong(); break;
        default: break;
        }
        // The year only (the date is sealed to the reveal key): an age is the one reached
        // this calendar year, at most one above the exact age (docs/SEGMENTS.md).
        if (high && *high < 0)
            return negate ? QStringLiteral("c.birth_year IS NOT NULL") : QStringLiteral("0");
        QStringList range;
        if (low) // born in or before this year minus `low`
            range << QStringLiteral("c.birth_year <= %1").arg(bind(m_today.year() - int(*low)));
        if (high) // born in or after this year minus `high`
            range << QStringLiteral("c.birth_year >= %1").arg(bind(m_today.year() - int(*high)));
        const QString inRange = range.join(QStringLiteral(" AND "));
        if (negate)
            return QStringLiteral("(c.birth_year IS NOT NULL AND NOT (%1))").arg(inRange);
        return QStringLiteral("(c.birth_year IS NOT NULL AND %1)").arg(inRange);
    }

    QString column(const QString &column, const SegmentNode &node)
    {
        if (node.op == Op::In)
            return QStringLiteral("%1 IN (%2)").arg(column, placeholders(node.values));
        return QStringLiteral("coalesce(%1, '') NOT IN (%2)").arg(column, placeholders(node.values));
    }

    QString exists(bool has, const QString &subquery)
    {
        return QStringLiteral("%1EXISTS (%2)").arg(has ? QString() : QStringLiteral("NOT "), subquery);
    }

    QString families(const SegmentNode &node)
    {
        if (node.families.isEmpty())
            return {};
        QVariantList codes;
        for (const QString &family : node.families)
            codes << family;
        return QStringLiteral(" AND h.product_family IN (%1)").arg(placeholders(codes));
    }

    // The families' bits, or 0 when one is not a known family (validation prevents that).
    static qint64 familyMask(const QVariantList &families)
    {
        qint64 mask = 0;
        for (const QVariant &family : families) {
            const auto found = std::find_if(std::begin(kFamilyBits), std::end(kFamilyBits), [&](const auto &bit) {
                return family.toString() == QLatin1String(bit.first);
            });
            if (found == std::end(kFamilyBits))
                return 0;
            mask |= found->second;
        }
        return mask;
    }

    QString kyc(const char *field, const SegmentNode &node)
    {
        return exists(node.op == Op::In,
                      QStringLiteral("SELECT 1 FROM kyc_field k WHERE k.customer_id = c.id "
                                     "AND k.deleted = 0 AND k.field = '%1' AND k.value_text IN (%2)")
                              .arg(QLatin1String(field), placeholders(node.values)));
    }

    QString money(const char *kinds, const SegmentNode &node)
    {
        const QString since = momentBack(node.days);
        return compare(QStringLiteral("(SELECT coalesce(sum(t.amount_fen), 0) FROM txn t "
                                      "WHERE t.customer_id = c.id AND t.occurred_at >= %1 "
                                      "AND t.kind IN (%2))")
                               .arg(since, QLatin1String(kinds)),
                       node);
    }

    bool condition(const SegmentNode &node, QString &sql)
    {
        const SegmentField *field = SegmentFields::find(node.field);
        if (!field || !field->operators.contains(node.op)) {
            error = tr("The segment uses an unknown field or operator (\"%1\").").arg(node.field.left(40));
            return false;
        }
        const QString code = node.field;
        const qint64 n = node.values.value(0).toLongLong();
        if (code == QLatin1String("age"))
            sql = age(node);
        else if (code == QLatin1String("gender"))
            sql = column(QStringLiteral("c.gender"), node);
        else if (code == QLatin1String("industry"))
            sql = column(QStringLiteral("c.industry"), node);
        else if (code == QLatin1String("locality"))
            sql = column(QStringLiteral("c.locality"), node);
        else if (code == QLatin1String("risk_level"))
            sql = compare(QStringLiteral("c.risk_level"), node);
        else if (code == QLatin1String("lifecycle_stage"))
            sql = column(QStringLiteral("c.lifecycle_stage"), node);
        else if (code == QLatin1String("customer_since"))
            sql = QStringLiteral("c.opened_on >= %1").arg(dayBack(int(n)));
        else if (code == QLatin1String("tier"))
            sql = column(QStringLiteral("c.tier"), node);
        else if (code == QLatin1String("aum"))
            sql = compare(QStringLiteral("c.aum_fen"), node);
        else if (code == QLatin1String("aum_change")) {
            const QString month = bind(m_today.addDays(-node.days).toString(QStringLiteral("yyyy-MM")));
            sql = compare(QStringLiteral("(c.aum_fen - (SELECT s.aum_fen FROM aum_snapshot s "
                                         "WHERE s.customer_id = c.id AND s.month <= %1 "
                                         "ORDER BY s.month DESC LIMIT 1))")
                                  .arg(month),
                          node);
        } else if (code == QLatin1String("tier_gap")) {
            QStringList steps;
            for (CustomerTier tier : {CustomerTier::Ordinary, CustomerTier::Silver, CustomerTier::Gold,
                                      CustomerTier::Platinum}) {
                const auto next = CustomerTier(int(tier) + 1);
                steps << QStringLiteral("WHEN '%1' THEN %2")
                                 .arg(Tiers::code(tier), bind(qint64(Tiers::threshold(next).fen())));
            }
            sql = compare(QStringLiteral("((CASE c.tier %1 END) - c.aum_fen)").arg(steps.join(QLatin1Char(' '))),
                          node);
        } else if (code == QLatin1String("downgraded")) {
            sql = QStringLiteral("(c.previous_tier IS NOT NULL AND c.tier_changed_on >= %1 AND %2 > %3)")
                          .arg(dayBack(int(n)),
                               QString::fromLatin1(kTierRank).arg(QStringLiteral("c.previous_tier")),
                               QString::fromLatin1(kTierRank).arg(QStringLiteral("c.tier")));
        } else if (code == QLatin1String("holding_family")) {
            // Answered inside the customer_segment scan, no seek into holding per customer.
            if (const qint64 mask = familyMask(node.values))
                sql = QStringLiteral("(c.holding_families & %1) %2 0")
                              .arg(bind(mask), node.op == Op::In ? QStringLiteral("<>") : QStringLiteral("="));
        } else if (code == QLatin1String("holding_amount")) {
            const QString active = activeHolding(); // binds in written order
            const QString limit = families(node);
            sql = compare(QStringLiteral("(SELECT coalesce(sum(h.amount_fen), 0) FROM holding h "
                                         "WHERE %1%2)")
                                  .arg(active, limit),
                          node);
        } else if (code == QLatin1String("holding_maturing")) {
            const QString active = activeHolding(); // binds in written order
            const QString from = bind(SqlTime::date(m_today));
            const QString to = bind(SqlTime::date(m_today.addDays(n)));
            sql = exists(true, QStringLiteral("SELECT 1 FROM holding h WHERE %1 AND h.maturity_date "
                                              "BETWEEN %2 AND %3%4")
                                       .arg(active, from, to, families(node)));
        } else if (code == QLatin1String("single_product")) {
            // Exactly one family other than loans: one bit set among the others.
            QVariantList singles;
            for (const auto &bit : kFamilyBits) {
                if (bit.second != kLoanBit)
                    singles << bit.second;
            }
            const QString others = bind(((kLoanBit << 1) - 1) & ~kLoanBit); // binds in written order
            sql = QStringLiteral("(c.holding_families & %1) %2 (%3)")
                          .arg(others, node.values.value(0).toBool() ? QStringLiteral("IN") : QStringLiteral("NOT IN"),
                               placeholders(singles));
        } else if (code == QLatin1String("outflow")) {
            sql = money("'cash_withdrawal', 'transfer_out'", node);
        } else if (code == QLatin1String("inflow")) {
            sql = money("'cash_deposit', 'transfer_in', 'salary'", node);
        } else if (code == QLatin1String("event")) {
            const QString since = momentBack(node.days);
            sql = exists(node.op == Op::In,
                         QStringLiteral("SELECT 1 FROM customer_event e WHERE e.customer_id = c.id "
                                        "AND e.occurred_at >= %1 AND e.kind IN (%2)")
                                 .arg(since, placeholders(node.values)));
        } else if (code == QLatin1String("last_contact")) {
            sql = exists(node.op == Op::WithinDays,
                         QStringLiteral("SELECT 1 FROM interaction i WHERE i.customer_id = c.id "
                                        "AND i.deleted = 0 AND i.voided_at IS NULL AND i.occurred_at >= %1")
                                 .arg(momentBack(int(n))));
        } else if (code == QLatin1String("tag")) {
            // Each id is looked for whole, with its separators, in the customer's list, which
            // the covering customer_segment indexes hold: no per-customer seek, no member list.
            const bool in = node.op == Op::In;
            QStringList terms;
            for (const QVariant &value : node.values) {
                const QString needle = QChar(kTagSeparator) + value.toString() + QChar(kTagSeparator);
                terms << QStringLiteral("instr(c.tag_list, %1) %2").arg(bind(needle), in ? QStringLiteral("> 0")
                                                                                         : QStringLiteral("= 0"));
            }
            sql = QLatin1Char('(') + terms.join(in ? QStringLiteral(" OR ") : QStringLiteral(" AND "))
                    + QLatin1Char(')');
        } else if (code == QLatin1String("fund_arrival")) {
            const QString from = bind(SqlTime::date(m_today));
            const QString to = bind(SqlTime::date(m_today.addDays(n)));
            sql = exists(true, QStringLiteral("SELECT 1 FROM fund_arrival f WHERE f.customer_id = c.id "
                                              "AND f.deleted = 0 AND f.status = 'expected' "
                                              "AND f.expected_on BETWEEN %1 AND %2")
                                       .arg(from, to));
        } else if (code == QLatin1String("kyc_expected_return")) {
            sql = kyc("expected_return", node);
        } else if (code == QLatin1String("kyc_horizon")) {
            sql = kyc("investment_horizon", node);
        } else if (code == QLatin1String("manager")) {
            sql = column(QStringLiteral("c.manager_id"), node);
        } else if (code == QLatin1String("assignment_mode")) {
            sql = column(QStringLiteral("c.assignment_mode"), node);
        } else if (code == QLatin1String("marketing_consent")) {
            sql = QStringLiteral("c.marketing_consent = %1").arg(bind(node.values.value(0).toBool() ? 1 : 0));
        } else if (HouseholdSegmentSql::handles(code)) {
            sql = HouseholdSegmentSql::condition(
                    node, [this](const QVariant &value) { return bind(value); },
                    [this, &node](const QString &expr) { return compare(expr, node); },
                    [this, &node](const QString &expr) { return column(expr, node); });
        } else if (code == QLatin1String("do_not_contact")) {
            sql = QStringLiteral("c.do_not_contact = %1").arg(bind(node.values.value(0).toBool() ? 1 : 0));
        } else {
            error = tr("The field \"%1\" cannot be used in a segment yet.").arg(code);
            return false;
        }
        if (sql.isEmpty()) {
            error = tr("The condition on \"%1\" is incomplete.").arg(code);
            return false;
        }
        return true;
    }
};

} // namespace

QString CompiledSegment::countSql() const
{
    return QStringLiteral("SELECT count(*) FROM customer c WHERE %1").arg(where);
}

QString CompiledSegment::idsSql(const QString &orderBy, bool limited) const
{
    // A first page in AUM order walks customer_segment_aum and stops after its rows; left
    // to itself (with statistics) SQLite filters the whole branch and sorts it first.
    const bool aumPage = limited && orderBy.startsWith(QLatin1String("c.aum_fen "));
    return QStringLiteral("SELECT c.id FROM customer c%1 WHERE %2 ORDER BY %3%4")
            .arg(aumPage ? QStringLiteral(" INDEXED BY customer_segment_aum") : QString(), where, orderBy,
                 limited ? QStringLiteral(" LIMIT ?") : QString());
}

Result<CompiledSegment> SegmentCompiler::compile(const SegmentDefinition &definition,
                                                 const QString &branchId, const QDate &today)
{
    // Definitions built in code pass the parser's checks too (values, ranges, depth).
    if (const Result<> valid = SegmentDefinition::validate(definition); !valid)
        return valid.error();
    if (!today.isValid())
        return Error(tr("No valid day to count from."));
    QString body;
    Builder builder(today);
    if (!builder.node(definition.root, body))
        return Error(builder.error);
    CompiledSegment compiled;
    const QString scope = QStringLiteral("c.branch_id = ? AND c.deleted = 0 AND %1");
    compiled.binds << branchId << builder.binds;
    compiled.where = scope.arg(body);
    return compiled;
}

} // namespace bd
