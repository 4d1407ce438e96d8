#include "app/rules/OpportunityTerms.h"

#include <QCoreApplication>

namespace bd::OpportunityTerms {

namespace {
struct Term
{
    const char *code;
    const char *label;
};

QStringList codesOf(std::initializer_list<Term> terms)
{
    QStringList codes;
    for (const Term &term : terms)
        codes << QLatin1String(term.code);
    return codes;
}

QString labelOf(std::initializer_list<Term> terms, const QString &code)
{
    for (const Term &term : terms) {
        if (code == QLatin1String(term.code))
            return QCoreApplication::translate("OpportunityTerms", term.label);
    }
    return code;
}

const std::initializer_list<Term> kKinds = {
    {"retention_call", QT_TRANSLATE_NOOP("OpportunityTerms", "Retention call")},
    {"deposit_talk", QT_TRANSLATE_NOOP("OpportunityTerms", "Deposit conversation")},
    {"wealth_talk", QT_TRANSLATE_NOOP("OpportunityTerms", "Wealth conversation")},
    {"reinvestment", QT_TRANSLATE_NOOP("OpportunityTerms", "Reinvestment of maturing money")},
    {"consultation", QT_TRANSLATE_NOOP("OpportunityTerms", "Product consultation")},
    {"welcome", QT_TRANSLATE_NOOP("OpportunityTerms", "Welcome call")},
    {"care", QT_TRANSLATE_NOOP("OpportunityTerms", "Care contact")},
    {"kyc_review", QT_TRANSLATE_NOOP("OpportunityTerms", "KYC review")},
    {"service_recovery", QT_TRANSLATE_NOOP("OpportunityTerms", "Service recovery")},
    {"follow_up", QT_TRANSLATE_NOOP("OpportunityTerms", "Follow-up")},
};
const std::initializer_list<Term> kStatuses = {
    {"open", QT_TRANSLATE_NOOP("OpportunityTerms", "Open")},
    {"held", QT_TRANSLATE_NOOP("OpportunityTerms", "Held back")},
    {"contacted", QT_TRANSLATE_NOOP("OpportunityTerms", "Contacted")},
    {"closed", QT_TRANSLATE_NOOP("OpportunityTerms", "Closed")},
};
const std::initializer_list<Term> kOutcomes = {
    {"not_reached", QT_TRANSLATE_NOOP("OpportunityTerms", "Not reached")},
    {"not_interested", QT_TRANSLATE_NOOP("OpportunityTerms", "Not interested")},
    {"interested", QT_TRANSLATE_NOOP("OpportunityTerms", "Interested")},
    {"converted", QT_TRANSLATE_NOOP("OpportunityTerms", "Converted")},
};
const std::initializer_list<Term> kRecipients = {
    {"manager_else_pool", QT_TRANSLATE_NOOP("OpportunityTerms", "The customer's manager, else the branch pool")},
    {"manager_only", QT_TRANSLATE_NOOP("OpportunityTerms", "The customer's manager only")},
    {"pool", QT_TRANSLATE_NOOP("OpportunityTerms", "The branch pool")},
    {"branch_head", QT_TRANSLATE_NOOP("OpportunityTerms", "The branch head")},
};
const std::initializer_list<Term> kPriorities = {
    {"high", QT_TRANSLATE_NOOP("OpportunityTerms", "High")},
    {"normal", QT_TRANSLATE_NOOP("OpportunityTerms", "Normal")},
    {"low", QT_TRANSLATE_NOOP("OpportunityTerms", "Low")},
};
const std::initializer_list<Term> kHeldReasons = {
    {"do_not_contact", QT_TRANSLATE_NOOP("OpportunityTerms", "Do not contact")},
    {"no_consent", QT_TRANSLATE_NOOP("OpportunityTerms", "No marketing consent")},
    {"frequency_cap", QT_TRANSLATE_NOOP("OpportunityTerms", "Contact limit reached")},
    {"no_manager", QT_TRANSLATE_NOOP("OpportunityTerms", "No owning manager")},
};
} // namespace

QStringList kinds() { return codesOf(kKinds); }
QString kindLabel(const QString &kind) { return labelOf(kKinds, kind); }
QStringList statuses() { return codesOf(kStatuses); }
QString statusLabel(const QString &status) { return labelOf(kStatuses, status); }
QStringList outcomes() { return codesOf(kOutcomes); }
QString outcomeLabel(const QString &outcome) { return labelOf(kOutcomes, outcome); }
QStringList recipients() { return codesOf(kRecipients); }
QString recipientLabel(const QString &recipient) { return labelOf(kRecipients, recipient); }
QStringList priorities() { return codesOf(kPriorities); }

int priorityRank(const QString &priority)
{
    const int index = int(codesOf(kPriorities).indexOf(priority));
    return index < 0 ? 2 : index + 1;
}

QString priorityCode(int rank)
{
    const QStringList codes = codesOf(kPriorities);
    return codes.value(qBound(1, rank, 3) - 1);
}

QString priorityLabel(int rank)
{
    return labelOf(kPriorities, priorityCode(rank));
}

QString heldReasonLabel(const QString &code)
{
    return labelOf(kHeldReasons, code);
}

} // namespace bd::OpportunityTerms
