#pragma once

#include <QString>
#include <QStringList>

namespace bd {

// The words of an opportunity (docs/EVENTS.md): what kind of conversation it asks for,
// where it stands and what came of it. Codes are stored; labels are what staff read.
namespace OpportunityTerms {
// retention_call, deposit_talk, wealth_talk, reinvestment, consultation, welcome, care,
// kyc_review, service_recovery, follow_up
QStringList kinds();
QString kindLabel(const QString &kind);

// open: delivered, waiting for its contact; held: held back by the contact rules (only
// the branch head sees it); contacted: a contact was made, outcome pending; closed.
QStringList statuses();
QString statusLabel(const QString &status);

// What came of the contact: not_reached, not_interested, interested, converted.
QStringList outcomes();
QString outcomeLabel(const QString &outcome);

// Who receives it: the customer's manager else the branch's pool, the manager only, the
// pool, or the branch head.
QStringList recipients();
QString recipientLabel(const QString &recipient);

QStringList priorities(); // high, normal, low
int priorityRank(const QString &priority); // 1 high .. 3 low
QString priorityCode(int rank);
QString priorityLabel(int rank);

// Why an opportunity was held back: the contact rules' codes, plus no_manager (a rule for
// the manager only, and the customer has none).
QString heldReasonLabel(const QString &code);
} // namespace OpportunityTerms

} // namespace bd
