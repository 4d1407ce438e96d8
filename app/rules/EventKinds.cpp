#include "app/rules/EventKinds.h"

#include "app/domain/DomainTerms.h"

#include <QCoreApplication>

namespace bd::EventKinds {

namespace {
struct KindTerm
{
    EventKind kind;
    const char *code;
    const char *label;
};
const KindTerm kKinds[] = {
    {EventKind::Transaction, "transaction", QT_TRANSLATE_NOOP("EventKinds", "Transaction")},
    {EventKind::Salary, "salary", QT_TRANSLATE_NOOP("EventKinds", "Salary credited")},
    {EventKind::Maturity, "maturity", QT_TRANSLATE_NOOP("EventKinds", "Product maturing")},
    {EventKind::Browse, "browse", QT_TRANSLATE_NOOP("EventKinds", "Mobile-banking browsing")},
    {EventKind::Complaint, "complaint", QT_TRANSLATE_NOOP("EventKinds", "Complaint")},
    {EventKind::ProfileChange, "profile_change",
     QT_TRANSLATE_NOOP("EventKinds", "Address or employer change")},
    {EventKind::MobileSignIn, "mobile_sign_in",
     QT_TRANSLATE_NOOP("EventKinds", "Mobile-banking sign-in")},
    {EventKind::Birthday, "birthday", QT_TRANSLATE_NOOP("EventKinds", "Birthday coming")},
    {EventKind::CounterBusiness, "counter_business",
     QT_TRANSLATE_NOOP("EventKinds", "Counter business")},
    {EventKind::WalkIn, "walk_in", QT_TRANSLATE_NOOP("EventKinds", "Walk-in")},
    {EventKind::CallOutcome, "call_outcome", QT_TRANSLATE_NOOP("EventKinds", "Call outcome")},
};

struct FieldTerm
{
    EventField field;
    const char *code;
};
const FieldTerm kFields[] = {
    {EventField::AmountFen, "amount_fen"},
    {EventField::Direction, "direction"},
    {EventField::Channel, "channel"},
    {EventField::TxnKind, "txn_kind"},
    {EventField::CounterpartyBank, "counterparty_bank"},
    {EventField::ProductFamily, "product_family"},
    {EventField::Category, "category"},
    {EventField::MaturityDate, "maturity_date"},
    {EventField::ProfileField, "field"},
    {EventField::First, "first"},
    {EventField::BusinessType, "business_type"},
    {EventField::ValueClass, "value_class"},
    {EventField::Outcome, "outcome"},
    {EventField::ContactKind, "contact_kind"},
    {EventField::Topic, "topic"},
};

using F = EventField;
} // namespace

QList<EventKind> all()
{
    QList<EventKind> kinds;
    for (const KindTerm &term : kKinds)
        kinds << term.kind;
    return kinds;
}

QString code(EventKind kind)
{
    for (const KindTerm &term : kKinds) {
        if (term.kind == kind)
            return QLatin1String(term.code);
    }
    return {};
}

std::optional<EventKind> fromCode(const QString &code)
{
    for (const KindTerm &term : kKinds) {
        if (code == QLatin1String(term.code))
            return term.kind;
    }
    return std::nullopt;
}

QStringList codes()
{
    QStringList list;
    for (const KindTerm &term : kKinds)
        list << QLatin1String(term.code);
    return list;
}

QString label(EventKind kind)
{
    for (const KindTerm &term : kKinds) {
        if (term.kind == kind)
            return QCoreApplication::translate("EventKinds", term.label);
    }
    return {};
}

bool isDeskKind(EventKind kind)
{
    return kind == EventKind::CounterBusiness || kind == EventKind::WalkIn
            || kind == EventKind::CallOutcome;
}

QString fieldCode(EventField field)
{
    for (const FieldTerm &term : kFields) {
        if (term.field == field)
            return QLatin1String(term.code);
    }
    return {};
}

std::optional<EventField> fieldFromCode(const QString &code)
{
    for (const FieldTerm &term : kFields) {
        if (code == QLatin1String(term.code))
            return term.field;
    }
    return std::nullopt;
}

QList<EventField> allFields()
{
    QList<EventField> fields;
    for (const FieldTerm &term : kFields)
        fields << term.field;
    return fields;
}

QList<EventField> requiredFields(EventKind kind)
{
    switch (kind) {
    case EventKind::Transaction: return {F::AmountFen, F::Direction, F::Channel};
    case EventKind::Salary: return {F::AmountFen};
    case EventKind::Maturity: return {F::ProductFamily, F::MaturityDate};
    case EventKind::Browse: return {F::Category};
    case EventKind::ProfileChange: return {F::ProfileField};
    case EventKind::CounterBusiness: return {F::BusinessType};
    case EventKind::CallOutcome: return {F::Outcome};
    case EventKind::Complaint:
    case EventKind::MobileSignIn:
    case EventKind::Birthday:
    case EventKind::WalkIn: return {};
    }
    return {};
}

QList<EventField> optionalFields(EventKind kind)
{
    switch (kind) {
    case EventKind::Transaction: return {F::TxnKind, F::CounterpartyBank};
    case EventKind::Salary: return {F::Channel, F::CounterpartyBank};
    case EventKind::Maturity: return {F::AmountFen};
    case EventKind::Browse: return {F::Channel};
    case EventKind::Complaint: return {F::Channel, F::Topic};
    case EventKind::ProfileChange: return {F::Channel};
    case EventKind::MobileSignIn: return {F::First};
    case EventKind::Birthday: return {};
    case EventKind::CounterBusiness: return {F::AmountFen, F::Channel};
    case EventKind::WalkIn: return {F::ValueClass, F::BusinessType};
    case EventKind::CallOutcome: return {F::ContactKind, F::Channel};
    }
    return {};
}

bool carries(EventKind kind, EventField field)
{
    return requiredFields(kind).contains(field) || optionalFields(kind).contains(field);
}

QStringList profileFields()
{
    return {QStringLiteral("address"), QStringLiteral("employer"), QStringLiteral("phone")};
}

QStringList callOutcomes()
{
    return {QStringLiteral("reached"), QStringLiteral("not_reached"), QStringLiteral("interested"),
            QStringLiteral("refused"), QStringLiteral("appointment")};
}

QStringList contactKinds()
{
    return {QStringLiteral("marketing"), QStringLiteral("care"), QStringLiteral("service")};
}

QStringList fieldCodes(EventField field)
{
    switch (field) {
    case F::Direction: return {QStringLiteral("in"), QStringLiteral("out")};
    case F::Channel: {
        // A call's channel is a contact channel; the others are banking channels.
        QStringList channels = DomainTerms::codes(Vocabulary::Channel);
        for (const QString &contact : DomainTerms::codes(Vocabulary::ContactChannel)) {
            if (!channels.contains(contact))
                channels << contact;
        }
        return channels;
    }
    case F::TxnKind: return DomainTerms::codes(Vocabulary::TransactionKind);
    case F::ProductFamily:
    case F::Category: return DomainTerms::codes(Vocabulary::ProductFamily);
    case F::ProfileField: return profileFields();
    case F::BusinessType: return DomainTerms::codes(Vocabulary::BusinessType);
    case F::ValueClass: return DomainTerms::codes(Vocabulary::ValueClass);
    case F::Outcome: return callOutcomes();
    case F::ContactKind: return contactKinds();
    case F::AmountFen:
    case F::CounterpartyBank:
    case F::MaturityDate:
    case F::First:
    case F::Topic: return {};
    }
    return {};
}

} // namespace bd::EventKinds
