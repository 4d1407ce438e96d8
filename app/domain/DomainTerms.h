#pragma once

#include "app/domain/WorkStates.h"

#include <QString>
#include <QStringList>

namespace bd {

// The closed vocabularies of the branch. Codes are stored in the database (and checked
// there); labels are what staff read, in the bank's terms of DOMAIN.md.
enum class Vocabulary {
    Gender,
    MaritalStatus,
    LifecycleStage,
    ProductFamily,
    TransactionKind,
    Channel,
    EventKind,
    ContactChannel,
    ContactOutcome,
    ValueClass,
    AssignmentMode,
    TagDimension,
    TagSource,
    ReferralStatus,
    CareTaskKind,
    FundArrivalSource,
    RiskLevel,
    // The branch floor (DOMAIN.md sections 2 and 3)
    LobbyMoment,     // entering, consulting, waiting
    LobbySignal,     // "<moment>.<signal>": what the lobby manager observed
    LobbyRoute,      // where the walk-in was taken
    DiversionTarget, // where ordinary business is diverted to
    BusinessType,
    ReferralCheck,   // the six must-not-skip points of a referral
    TellerStep,      // the seven steps, in order
    CounterTrigger,  // step-4 triggers of a potential-VIP prompt
    ReferralFormKind, // record (the customer has time) or referral (a manager follows up)
    ReferralSource,  // who filled in the form: lobby, teller, staff
    TagCategory,     // what a tag says something about: horizon, hobby, product_interest ...
};

namespace DomainTerms {
QStringList codes(Vocabulary vocabulary);
QString label(Vocabulary vocabulary, const QString &code); // translated; code if unknown
// The label a table column has room for ("VIP service" for "VIP service guidance"): the
// label where no shorter one is needed; a code this version does not know, readable().
QString shortLabel(Vocabulary vocabulary, const QString &code);
// A code of no vocabulary made readable: "self_service" -> "Self service".
QString readable(const QString &code);
// Accepts a code, its English term or its translated label; empty if none matches.
QString codeFor(Vocabulary vocabulary, const QString &typed);
// A contact's outcome as read back: empty when there is none yet, its label, or words
// saying it is one this version does not know (never the stored code).
QString label(const StoredContactOutcome &outcome);
QString label(ContactOutcome outcome);
// A customer's lifecycle stage as read back: its label, or words saying it is one this
// version does not know (never the stored code).
QString label(const StoredLifecycleStage &stage);
QString label(LifecycleStage stage);
// The signal codes observed at one moment (entering, consulting, waiting).
QStringList signalsOf(const QString &moment);
} // namespace DomainTerms

} // namespace bd
