#include "app/rules/OpportunityTerms.h"

#include "app/domain/CodeLabels.h"

namespace bd::OpportunityTerms {

namespace {
// An unknown stored code reads as itself.
QString labelOf(const CodeLabels &list, const QString &code)
{
    return list.label(code).value_or(code);
}

const CodeLabels kKinds("OpportunityTerms", {
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
});
const CodeLabels kStatuses("OpportunityTerms", {
    {"open", QT_TRANSLATE_NOOP("OpportunityTerms", "Open")},
    {"held", QT_TRANSLATE_NOOP("OpportunityTerms", "Held back")},
    {"contacted", QT_TRANSLATE_NOOP("OpportunityTerms", "Contacted")},
    {"closed", QT_TRANSLATE_NOOP("OpportunityTerms", "Closed")},
});
const CodeLabels kOutcomes("OpportunityTerms", {
    {"not_reached", QT_TRANSLATE_NOOP("OpportunityTerms", "Not reached")},
    {"not_interested", QT_TRANSLATE_NOOP("OpportunityTerms", "Not interested")},
    {"interested", QT_TRANSLATE_NOOP("OpportunityTerms", "Interested")},
    {"converted", QT_TRANSLATE_NOOP("OpportunityTerms", "Converted")},
});
const CodeLabels kRecipients("OpportunityTerms", {
    {"manager_else_pool", QT_TRANSLATE_NOOP("OpportunityTerms", "The customer's manager, else the branch pool")},
    {"manager_only", QT_TRANSLATE_NOOP("OpportunityTerms", "The customer's manager only")},
    {"pool", QT_TRANSLATE_NOOP("OpportunityTerms", "The branch pool")},
    {"branch_head", QT_TRANSLATE_NOOP("OpportunityTerms", "The branch head")},
});
const CodeLabels kPriorities("OpportunityTerms", {
    {"high", QT_TRANSLATE_NOOP("OpportunityTerms", "High")},
    {"normal", QT_TRANSLATE_NOOP("OpportunityTerms", "Normal")},
    {"low", QT_TRANSLATE_NOOP("OpportunityTerms", "Low")},
});
const CodeLabels kHeldReasons("OpportunityTerms", {
    {"do_not_contact", QT_TRANSLATE_NOOP("OpportunityTerms", "Do not contact")},
    {"no_consent", QT_TRANSLATE_NOOP("OpportunityTerms", "No marketing consent")},
    {"frequency_cap", QT_TRANSLATE_NOOP("OpportunityTerms", "Contact limit reached")},
    {"no_manager", QT_TRANSLATE_NOOP("OpportunityTerms", "No owning manager")},
});
} // namespace

QStringList kinds() { return kKinds.codes(); }
QString kindLabel(const QString &kind) { return labelOf(kKinds, kind); }
QStringList statuses() { return kStatuses.codes(); }
QString statusLabel(const QString &status) { return labelOf(kStatuses, status); }
QStringList outcomes() { return kOutcomes.codes(); }
QString outcomeLabel(const QString &outcome) { return labelOf(kOutcomes, outcome); }
QStringList recipients() { return kRecipients.codes(); }
QString recipientLabel(const QString &recipient) { return labelOf(kRecipients, recipient); }
QStringList priorities() { return kPriorities.codes(); }

int priorityRank(const QString &priority)
{
    const int index = int(kPriorities.codes().indexOf(priority));
    return index < 0 ? 2 : index + 1;
}

QString priorityCode(int rank)
{
    const QStringList codes = kPriorities.codes();
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
