#include "app/domain/SegmentFields.h"

#include "app/domain/CustomerTier.h"
#include "app/domain/DomainTerms.h"

#include <QCoreApplication>

namespace bd::SegmentFields {

const QList<SegmentOperator> &comparisonOperators()
{
    using Op = SegmentOperator;
    static const QList<Op> operators { Op::Equal,   Op::NotEqual,       Op::Less,   Op::LessOrEqual,
                                       Op::Greater, Op::GreaterOrEqual, Op::Between };
    return operators;
}

const QList<SegmentOperator> &setOperators()
{
    static const QList<SegmentOperator> operators { SegmentOperator::In, SegmentOperator::NotIn };
    return operators;
}

namespace {
using Op = SegmentOperator;
using Kind = SegmentValueKind;

const QList<Op> kCompare = comparisonOperators();
const QList<Op> kSet = setOperators();
const QList<Op> kIs{Op::Is};
const QList<Op> kWithin{Op::WithinDays};

QStringList tierCodes()
{
    QStringList codes;
    for (CustomerTier tier : {CustomerTier::Ordinary, CustomerTier::Silver, CustomerTier::Gold,
                              CustomerTier::Platinum, CustomerTier::Diamond})
        codes << Tiers::code(tier);
    return codes;
}

SegmentField field(const char *code, const char *group, const char *label, Kind kind,
                   QList<Op> operators, qint64 minimum = 0, qint64 maximum = 0,
                   QStringList codes = {}, bool needsDays = false, bool takesFamilies = false)
{
    SegmentField made;
    made.code = code;
    made.group = group;
    made.label = label;
    made.kind = kind;
    made.operators = std::move(operators);
    made.minimum = minimum;
    made.maximum = maximum;
    made.codes = std::move(codes);
    made.needsDays = needsDays;
    made.takesFamilies = takesFamilies;
    return made;
}

QList<SegmentField> makeCatalogue()
{
    const char *profile = QT_TRANSLATE_NOOP("SegmentFields", "Profile");
    const char *assets = QT_TRANSLATE_NOOP("SegmentFields", "Tier and AUM");
    const char *holdings = QT_TRANSLATE_NOOP("SegmentFields", "Holdings");
    const char *behaviour = QT_TRANSLATE_NOOP("SegmentFields", "Transactions and events");
    const char *kyc = QT_TRANSLATE_NOOP("SegmentFields", "Tags and KYC");
    const char *service = QT_TRANSLATE_NOOP("SegmentFields", "Service and consent");
    const char *household = QT_TRANSLATE_NOOP("SegmentFields", "Household");
    const qint64 days = kMaxDays;
    return {
        field("age", profile, QT_TRANSLATE_NOOP("SegmentFields", "Age (years)"), Kind::Integer,
         kCompare, 0, 150),
        field("gender", profile, QT_TRANSLATE_NOOP("SegmentFields", "Gender"), Kind::Code, kSet, 0, 0,
         DomainTerms::codes(Vocabulary::Gender)),
        field("industry", profile, QT_TRANSLATE_NOOP("SegmentFields", "Industry"), Kind::Text, kSet),
        field("locality", profile, QT_TRANSLATE_NOOP("SegmentFields", "District"), Kind::Text, kSet),
        field("risk_level", profile, QT_TRANSLATE_NOOP("SegmentFields", "Risk level (1-5)"),
         Kind::Integer, kCompare, 1, 5),
        field("lifecycle_stage", profile, QT_TRANSLATE_NOOP("SegmentFields", "Lifecycle stage"),
         Kind::Code, kSet, 0, 0, DomainTerms::codes(Vocabulary::LifecycleStage)),
        field("customer_since", profile,
         QT_TRANSLATE_NOOP("SegmentFields", "Became a customer within (days)"), Kind::Days,
         kWithin, 1, days),
        field("tier", assets, QT_TRANSLATE_NOOP("SegmentFields", "Tier"), Kind::Code, kSet, 0, 0,
         tierCodes()),
        field("aum", assets, QT_TRANSLATE_NOOP("SegmentFields", "Current AUM"), Kind::Money, kCompare,
         0, kMaxFen),
        field("aum_change", assets, QT_TRANSLATE_NOOP("SegmentFields", "AUM change over the last N days"),
         Kind::Money, kCompare, -kMaxFen, kMaxFen, {}, true),
        field("tier_gap", assets, QT_TRANSLATE_NOOP("SegmentFields", "Gap to the next tier"),
         Kind::Money, kCompare, 0, kMaxFen),
        field("downgraded", assets, QT_TRANSLATE_NOOP("SegmentFields", "Downgraded within (days)"),
         Kind::Days, kWithin, 1, days),
        field("holding_family", holdings, QT_TRANSLATE_NOOP("SegmentFields", "Holds product family"),
         Kind::Code, kSet, 0, 0, DomainTerms::codes(Vocabulary::ProductFamily)),
        field("holding_amount", holdings, QT_TRANSLATE_NOOP("SegmentFields", "Amount held"),
         Kind::Money, kCompare, 0, kMaxFen, {}, false, true),
        field("holding_maturing", holdings,
         QT_TRANSLATE_NOOP("SegmentFields", "A holding matures within (days)"), Kind::Days,
         kWithin, 1, days, {}, false, true),
        field("single_product", holdings, QT_TRANSLATE_NOOP("SegmentFields", "Holds a single product family"),
         Kind::Boolean, kIs),
        field("outflow", behaviour, QT_TRANSLATE_NOOP("SegmentFields", "Money out over the last N days"),
         Kind::Money, kCompare, 0, kMaxFen, {}, true),
        field("inflow", behaviour, QT_TRANSLATE_NOOP("SegmentFields", "Money in over the last N days"),
         Kind::Money, kCompare, 0, kMaxFen, {}, true),
        field("event", behaviour, QT_TRANSLATE_NOOP("SegmentFields", "Event in the last N days"),
         Kind::Code, kSet, 0, 0, DomainTerms::codes(Vocabulary::EventKind), true),
        field("last_contact", behaviour, QT_TRANSLATE_NOOP("SegmentFields", "Last contact"),
         Kind::Days, {Op::WithinDays, Op::OlderThanDays}, 1, days),
        field("tag", kyc, QT_TRANSLATE_NOOP("SegmentFields", "Tag"), Kind::Text, kSet),
        field("fund_arrival", kyc, QT_TRANSLATE_NOOP("SegmentFields", "Money arriving within (days)"),
         Kind::Days, kWithin, 1, days),
        field("kyc_expected_return", kyc, QT_TRANSLATE_NOOP("SegmentFields", "Expected return (KYC)"),
         Kind::Text, kSet),
        field("kyc_horizon", kyc, QT_TRANSLATE_NOOP("SegmentFields", "Investment horizon (KYC)"),
         Kind::Text, kSet),
        field("manager", service, QT_TRANSLATE_NOOP("SegmentFields", "Wealth manager"), Kind::Text, kSet),
        field("assignment_mode", service, QT_TRANSLATE_NOOP("SegmentFields", "Assignment mode"),
         Kind::Code, kSet, 0, 0, DomainTerms::codes(Vocabulary::AssignmentMode)),
        field("marketing_consent", service, QT_TRANSLATE_NOOP("SegmentFields", "Marketing consent"),
         Kind::Boolean, kIs),
        field("do_not_contact", service, QT_TRANSLATE_NOOP("SegmentFields", "Do not contact"),
         Kind::Boolean, kIs),
        // A customer in no household is a household of one (issue #20).
        field("household_aum", household, QT_TRANSLATE_NOOP("SegmentFields", "Household AUM"),
         Kind::Money, kCompare, 0, kMaxFen),
        field("household_tier", household, QT_TRANSLATE_NOOP("SegmentFields", "Household tier"),
         Kind::Code, kSet, 0, 0, tierCodes()),
        field("household_gap", household,
         QT_TRANSLATE_NOOP("SegmentFields", "Household's gap to the next tier"), Kind::Money,
         kCompare, 0, kMaxFen),
        field("household_members", household,
         QT_TRANSLATE_NOOP("SegmentFields", "Household members"), Kind::Integer, kCompare, 1, 50),
        field("household_head", household,
         QT_TRANSLATE_NOOP("SegmentFields", "Head of a household"), Kind::Boolean, kIs),
    };
}

struct OperatorName
{
    Op op;
    const char *code;
    const char *label;
};
const OperatorName kOperators[] = {
    {Op::Equal, "eq", QT_TRANSLATE_NOOP("SegmentFields", "is")},
    {Op::NotEqual, "ne", QT_TRANSLATE_NOOP("SegmentFields", "is not")},
    {Op::Less, "lt", QT_TRANSLATE_NOOP("SegmentFields", "less than")},
    {Op::LessOrEqual, "le", QT_TRANSLATE_NOOP("SegmentFields", "at most")},
    {Op::Greater, "gt", QT_TRANSLATE_NOOP("SegmentFields", "more than")},
    {Op::GreaterOrEqual, "ge", QT_TRANSLATE_NOOP("SegmentFields", "at least")},
    {Op::Between, "between", QT_TRANSLATE_NOOP("SegmentFields", "between")},
    {Op::In, "in", QT_TRANSLATE_NOOP("SegmentFields", "any of")},
    {Op::NotIn, "not_in", QT_TRANSLATE_NOOP("SegmentFields", "none of")},
    {Op::Is, "is", QT_TRANSLATE_NOOP("SegmentFields", "is")},
    {Op::WithinDays, "within_days", QT_TRANSLATE_NOOP("SegmentFields", "within the last/next N days")},
    {Op::OlderThanDays, "older_than_days", QT_TRANSLATE_NOOP("SegmentFields", "not within N days")},
};
} // namespace

const QList<SegmentField> &all()
{
    static const QList<SegmentField> catalogue = makeCatalogue();
    return catalogue;
}

const SegmentField *find(const QString &code)
{
    for (const SegmentField &field : all())
        if (code == QLatin1String(field.code))
            return &field;
    return nullptr;
}

QString label(const SegmentField &field)
{
    return QCoreApplication::translate("SegmentFields", field.label);
}

QString groupLabel(const SegmentField &field)
{
    return QCoreApplication::translate("SegmentFields", field.group);
}

QString operatorCode(SegmentOperator op)
{
    for (const OperatorName &name : kOperators)
        if (name.op == op)
            return QLatin1String(name.code);
    return {};
}

bool operatorFromCode(const QString &code, SegmentOperator *op)
{
    for (const OperatorName &name : kOperators) {
        if (code == QLatin1String(name.code)) {
            *op = name.op;
            return true;
        }
    }
    return false;
}

QString operatorLabel(SegmentOperator op)
{
    for (const OperatorName &name : kOperators)
        if (name.op == op)
            return QCoreApplication::translate("SegmentFields", name.label);
    return {};
}

bool isRangeOperator(SegmentOperator op)
{
    return op == Op::Equal || op == Op::NotEqual || op == Op::Less || op == Op::LessOrEqual
            || op == Op::Greater || op == Op::GreaterOrEqual || op == Op::Between;
}

} // namespace bd::SegmentFields
