#include "app/rules/RuleFields.h"

#include <QCoreApplication>

namespace bd::RuleFields {

namespace {
using Op = SegmentOperator;
using Kind = SegmentValueKind;

struct EventCondition
{
    const char *code;
    const char *label;
    Kind kind;
    std::optional<EventField> reads; // the event field of a code/text/flag condition
    qint64 minimum = 0;
    qint64 maximum = 0;
    bool needsDays = false;
};

const EventCondition kConditions[] = {
    {"amount", QT_TRANSLATE_NOOP("RuleFields", "Amount"), Kind::Money, std::nullopt, 1,
     SegmentFields::kMaxFen},
    {"share_of_aum", QT_TRANSLATE_NOOP("RuleFields", "Share of AUM (%)"), Kind::Integer,
     std::nullopt, 0, kMaxSharePercent},
    {"direction", QT_TRANSLATE_NOOP("RuleFields", "Direction"), Kind::Code, EventField::Direction},
    {"channel", QT_TRANSLATE_NOOP("RuleFields", "Channel"), Kind::Code, EventField::Channel},
    {"txn_kind", QT_TRANSLATE_NOOP("RuleFields", "Transaction kind"), Kind::Code,
     EventField::TxnKind},
    {"counterparty_bank", QT_TRANSLATE_NOOP("RuleFields", "Counterparty bank"), Kind::Text,
     EventField::CounterpartyBank},
    {"product_family", QT_TRANSLATE_NOOP("RuleFields", "Product family"), Kind::Code,
     EventField::ProductFamily},
    {"category", QT_TRANSLATE_NOOP("RuleFields", "Category browsed"), Kind::Code,
     EventField::Category},
    {"days_to_maturity", QT_TRANSLATE_NOOP("RuleFields", "Days to maturity"), Kind::Integer,
     std::nullopt, 0, SegmentFields::kMaxDays},
    {"count_in_window", QT_TRANSLATE_NOOP("RuleFields", "Times within the window"), Kind::Integer,
     std::nullopt, 1, kMaxWindowCount, true},
    {"first", QT_TRANSLATE_NOOP("RuleFields", "First time"), Kind::Boolean, EventField::First},
    {"profile_field", QT_TRANSLATE_NOOP("RuleFields", "What changed"), Kind::Code,
     EventField::ProfileField},
    {"business_type", QT_TRANSLATE_NOOP("RuleFields", "Business"), Kind::Code,
     EventField::BusinessType},
    {"value_class", QT_TRANSLATE_NOOP("RuleFields", "Value class"), Kind::Code,
     EventField::ValueClass},
    {"outcome", QT_TRANSLATE_NOOP("RuleFields", "Call outcome"), Kind::Code, EventField::Outcome},
    {"contact_kind", QT_TRANSLATE_NOOP("RuleFields", "Contact purpose"), Kind::Code,
     EventField::ContactKind},
};

QList<SegmentField> makeCatalogue()
{
    QList<SegmentField> fields;
    for (const EventCondition &condition : kConditions) {
        SegmentField field;
        field.code = condition.code;
        field.label = condition.label;
        field.kind = condition.kind;
        field.minimum = condition.minimum;
        field.maximum = condition.maximum;
        field.needsDays = condition.needsDays;
        switch (condition.kind) {
        case Kind::Code:
            field.operators = SegmentFields::setOperators();
            field.codes = EventKinds::fieldCodes(*condition.reads);
            break;
        case Kind::Text:
            field.operators = SegmentFields::setOperators();
            break;
        case Kind::Boolean: field.operators = {Op::Is}; break;
        default:
            field.operators = SegmentFields::comparisonOperators();
            break;
        }
        fields << field;
    }
    return fields;
}

const EventCondition *conditionOf(const QString &code)
{
    for (const EventCondition &condition : kConditions) {
        if (code == QLatin1String(condition.code))
            return &condition;
    }
    return nullptr;
}
} // namespace

const QList<SegmentField> &all()
{
    static const QList<SegmentField> catalogue = makeCatalogue();
    return catalogue;
}

const SegmentField *find(const QString &code)
{
    for (const SegmentField &field : all()) {
        if (code == QLatin1String(field.code))
            return &field;
    }
    return nullptr;
}

QString label(const SegmentField &field)
{
    return QCoreApplication::translate("RuleFields", field.label);
}

std::optional<EventField> eventField(const QString &code)
{
    const EventCondition *condition = conditionOf(code);
    return condition ? condition->reads : std::nullopt;
}

bool appliesTo(const QString &code, EventKind kind)
{
    if (code == QLatin1String("count_in_window"))
        return true;
    if (code == QLatin1String("amount") || code == QLatin1String("share_of_aum"))
        return EventKinds::carries(kind, EventField::AmountFen);
    if (code == QLatin1String("days_to_maturity"))
        return EventKinds::carries(kind, EventField::MaturityDate);
    const std::optional<EventField> field = eventField(code);
    return field && EventKinds::carries(kind, *field);
}

} // namespace bd::RuleFields
